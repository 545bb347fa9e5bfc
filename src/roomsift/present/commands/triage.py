"""`roomsift triage | explain | victims | eval`: ranked participants, their evidence, potential victims."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from roomsift.analysis.triage.weights import ROLES
from roomsift.case.options import CaseOpt, format_option
from roomsift.cluster.options import ClusterOpt
from roomsift.errors import UserError
from roomsift.present.output import Col, check_format, emit, emit_document, err_console

# Analyses, the case store and labels are imported in the commands that use them, so that
# `roomsift triage --help` does not load SQLAlchemy, scikit-learn or Kiwi.

TRIAGE_COLS = [
    Col("rank", "rank"), Col("person", "person", "person"), Col("roles", "roles", "vocab"), Col("tier", "tier"),
    Col("score", "score"), Col("evidence_count", "cited"), Col("snippet", "top evidence", "text", max_width=60),
    Col("chat", "chat", "room"), Col("message", "msg"), Col("signal", "signal", "vocab"),
]
VICTIM_COLS = [
    Col("victim", "victim"), Col("person", "person", "person"), Col("mention", "mention", "username"),
    Col("names", "names", "name"), Col("strength", "strength"),
    Col("signal", "signal", "vocab"), Col("snippet", "cited message", "text", max_width=70), Col("chat", "chat", "room"),
    Col("message", "msg"), Col("by", "by", "person"),
]
EXPLAIN_COLS = [
    Col("finding", "#"), Col("role", "role", "vocab"), Col("signal", "signal", "vocab"), Col("weight", "weight"),
    Col("chat", "chat", "room"), Col("message", "msg"), Col("time", "time"), Col("where", ""), Col("person", "person", "person"),
    Col("text", "text", "text", max_width=90),
]


_check_format = check_format


def run_triage(case: Case, cluster: str | None = None) -> engine.TriageResult:
    """Triage with a progress bar on stderr, and an analysis_run event in the case.
    `cluster`: score the case's texts on Dask (docs/cluster.md)."""
    from roomsift.analysis.language import model as language_model
    from roomsift.analysis.triage import store as triage_store
    console = err_console()
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=console, transient=True, disable=not console.is_terminal) as bar:
        tasks: dict[str, int] = {}

        def progress(stage: str, n: int, total: int | None) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total)
            bar.advance(tasks[stage], n)

        if cluster:
            from roomsift.cluster import triage as cluster_triage
            from roomsift.cluster.session import open_session

            with open_session(cluster) as session:
                result, reused = cluster_triage.load_or_run(session, case, progress)
        else:
            result, reused = triage_store.load_or_run(case, progress)
    if language_model.get() is None:
        console.print(f"note: {language_model.status()}")
    if reused:
        return result  # the stored result of this very case state (analysis/triage/store.py)
    criminal = [c for c in result.contexts.values() if c.criminal]
    with case.begin() as conn:
        case.record_event(conn, "analysis_run", f"triage: {len(result.participants)} participants, {len(result.victims)} potential victims",
                          {"analysis": "triage", "participants": len(result.participants), "potential_victims": len(result.victims),
                           "language": language_model.status(),
                           "rooms": len(result.contexts), "criminal_rooms": len(criminal),
                           "messages": result.corpus.message_count})
    return result


def _snippet(text: str, limit: int = 80) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def triage(
    case_dir: Path = CaseOpt,
    role: Optional[str] = typer.Option(None, "--role", "-r", help=f"Only people holding this role: {', '.join(ROLES)}."),
    chat: Optional[str] = typer.Option(None, "--chat", help="Only people with evidence in this chat (title or platform id)."),
    top: Optional[int] = typer.Option(None, "--top", "-n", help="Show the first N people only."),
    rooms: bool = typer.Option(False, "--rooms", help="Show each room's verdict instead: the kinds of evidence found and the messages they cite."),
    fmt: str = format_option(),
    cluster: Optional[str] = ClusterOpt,
) -> None:
    """Rank every participant of rooms showing signs of crime: roles, tier, score and the cited evidence."""
    from roomsift.analysis.triage import engine
    from roomsift.case.store import Case
    from roomsift.present.labels import resolve_chat
    _check_format(fmt)
    if rooms:
        _rooms(case_dir, fmt, cluster)
        return
    if role and role not in ROLES:
        raise UserError(f"unknown role {role!r}; choose one of {', '.join(ROLES)}")
    if top is not None and top < 1:
        raise UserError("--top must be at least 1")
    case = Case.open(case_dir)
    if chat:  # any label `roomsift chats` shows (number, title, name_… of a 1:1 chat) names the chat
        with case.connect() as conn:
            chat = _chat_platform_id(conn, resolve_chat(case, conn, chat))
    result = run_triage(case, cluster)
    if fmt == "json":
        emit_document(engine.document(result, role, chat, top), context={"case": case})
        return
    rows = []
    for rank, pf in enumerate(engine.filter_participants(result, role, chat), start=1):
        cites = engine.top_citations(pf, 1)
        e = cites[0].evidence if cites else (pf.membership[0] if pf.membership else None)
        rows.append({
            "rank": rank, "person": pf.person, "roles": pf.roles, "tier": pf.tier, "score": pf.score,
            "evidence_count": pf.evidence_total, "snippet": _snippet(e.msg.text or f"[{e.msg.action or 'media'}]") if e else "",
            "chat": e.chat.title if e else "", "message": e.msg.platform_id if e else "",
            "signal": cites[0].evidence.signal if cites else "member",
        })
        if top and len(rows) >= top:
            break
    crim = sum(1 for c in result.contexts.values() if c.criminal)
    emit(rows, TRIAGE_COLS, fmt, title="Triage: participants by priority", context={"case": case},
         caption=f"{crim} of {len(result.contexts)} rooms show signs of crime; {len(result.victims)} potential victims (roomsift victims)")


ROOM_COLS = [
    Col("room", "room", "room"), Col("verdict", "verdict"), Col("kind", "evidence kind"), Col("why", "why"),
    Col("message", "msg"), Col("person", "by", "person"), Col("text", "cited message", "text", max_width=60),
]


def _rooms(case_dir: Path, fmt: str, cluster: str | None = None) -> None:
    from roomsift.analysis.triage import engine
    from roomsift.case.store import Case
    case = Case.open(case_dir)
    result = run_triage(case, cluster)
    doc = engine.rooms_document(result)
    if fmt == "json":
        emit_document({"rooms": doc}, context={"case": case})
        return
    rows = []
    for room in doc:
        if not room["kinds"]:
            rows.append({"room": room["room"], "verdict": room["verdict"], "kind": "", "why": "no kind of evidence found"})
        for k in room["kinds"]:
            cites = k["evidence"][:3] or [{}]
            for i, e in enumerate(cites):
                rows.append({"room": room["room"], "verdict": room["verdict"], "kind": k["kind"], "why": k["why"] if i == 0 else "",
                             "message": e.get("message", ""), "person": e.get("person"), "text": _snippet(e.get("text", ""))})
    crim = sum(1 for r in doc if r["criminal"])
    emit(rows, ROOM_COLS, fmt, title="Rooms: verdicts from convergent evidence", context={"case": case},
         caption=f"{crim} of {len(doc)} rooms show signs of crime (two kinds of evidence agreeing, one of them specific)")


def victims(case_dir: Path = CaseOpt, fmt: str = format_option()) -> None:
    """List potential victims (threatened, coerced or exposed people) with the messages cited. Never suspects."""
    from roomsift.analysis.triage import engine
    from roomsift.case.store import Case
    _check_format(fmt)
    case = Case.open(case_dir)
    result = run_triage(case)
    if fmt == "json":
        emit_document({"potential_victims": engine.victims_document(result)}, context={"case": case})
        return
    rows = []
    for v in result.victims:
        for e, w in v.cited[:5]:
            rows.append({"victim": v.label, "person": result.labels.get(v.who) if v.who is not None else None,
                         "mention": ", ".join(sorted(v.mentions)), "names": ", ".join(sorted(v.names)),
                         "strength": round(w, 3), "signal": e.signal, "snippet": _snippet(e.msg.text), "chat": e.chat.title,
                         "message": e.msg.platform_id, "by": result.labels.get(e.who)})
    emit(rows, VICTIM_COLS, fmt, title="Potential victims (never ranked as suspects)", context={"case": case})


def explain(
    person: str = typer.Argument(..., help="Person label from `roomsift triage` (e.g. P000123) or an account key."),
    case_dir: Path = CaseOpt,
    context_messages: int = typer.Option(2, "--context", help="Messages shown before and after each cited message."),
    fmt: str = format_option(),
) -> None:
    """Every finding for one person, each cited message shown in context (before, after, replies)."""
    from roomsift.analysis.triage import explain as explainer
    from roomsift.case.store import Case
    from roomsift.present.labels import person_ref
    _check_format(fmt)
    case = Case.open(case_dir)
    with case.connect() as conn:
        person = person_ref(case, conn, person)
    result = run_triage(case)
    report = explainer.explain(result, person, context_messages)
    with case.begin() as conn:
        case.record_event(conn, "person_view", f"explain {report['person']}", {"person": report["person"], "findings": len(report["findings"])})
    if fmt == "json":
        emit_document(report, context={"case": case})
        return
    _render_explain(report, fmt, case)


def _render_explain(report: dict, fmt: str, case) -> None:
    from roomsift.browse.queries import fmt_time
    rows = []
    for i, f in enumerate(report["findings"], start=1):
        for line in f["context"]:
            rows.append({"finding": i, "role": f["role"], "signal": f["signal"], "weight": f["weight"], "chat": f["chat"],
                         "time": fmt_time(line.get("time_utc"), line.get("time_local")),
                         **{k: line[k] for k in ("message", "where", "person", "text")}})
    roles = ", ".join(report["roles"]) or "no suspect role"
    title = f"{report['person']}: {roles} (tier {report['tier']}, score {report['score']}); {len(report['findings'])} findings"
    emit(rows, EXPLAIN_COLS, fmt, title=title, context={"case": case},
         caption=f"rooms: {', '.join(report['rooms'])}" if report["rooms"] else None)


def _chat_platform_id(conn, chat_id: int) -> str:
    from sqlalchemy import select

    from roomsift.case import schema

    return str(conn.execute(select(schema.chats.c.platform_id).where(schema.chats.c.id == chat_id)).scalar_one())


def evaluate(
    case_dir: Path = CaseOpt,
    truth: Path = typer.Option(..., "--truth", help="Truth file (JSON: participants with roles, potential_victims, benign_chats)."),
    k: int = typer.Option(50, "--k", help="Cut-off for NDCG@k."),
    fmt: str = format_option(),
) -> None:
    """Score triage against a labelled truth file: per-role precision/recall/F1, victim recall, benign FP rate, NDCG@k."""
    from roomsift.case.store import Case
    _check_format(fmt)
    try:
        truth_doc = json.loads(truth.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UserError(f"{truth}: cannot read truth file: {exc}") from exc
    case = Case.open(case_dir)
    result = run_triage(case)
    report = evaluation_report(result, truth_doc, k)
    if "identity_links" in truth_doc:  # the identity capability scores its links (roomsift link eval)
        from roomsift.analysis.identity import evaluation as identity_eval

        with case.connect() as conn:
            report["identity"] = identity_eval.score(conn, truth_doc)["identity"]
    if fmt == "json":
        emit_document(report, context={"case": case})
        return
    emit(evaluation_rows(report), [Col("metric", "metric"), Col("value", "value"), Col("support", "n")], fmt,
         title="Triage evaluation", context={"case": case})


def evaluation_report(result: engine.TriageResult, truth_doc: dict, k: int = 50) -> dict:
    from roomsift.analysis.triage import metrics
    report = metrics.evaluate_result(result, truth_doc, k=k)
    # Identity-link figures (truth identity_links / non_links) belong to the identity
    # capability (analysis/identity); `evaluate` joins them under report["identity"].
    return report


def evaluation_rows(report: dict) -> list[dict]:
    k = report["k"]
    rows = [{"metric": f"{r} precision / recall / F1", "value": f"{m['precision']:.3f} / {m['recall']:.3f} / {m['f1']:.3f}",
             "support": f"{m['support']} true, {m['predicted']} predicted"} for r, m in report["roles"].items()]
    rows += [
        {"metric": "macro-F1 (five roles)", "value": f"{report['macro_f1']:.3f}", "support": ""},
        {"metric": "potential-victim recall", "value": f"{report['victim_recall']:.3f}",
         "support": f"{report['victims_found']} of {report['victims_total']} ({report['victim_records']} records)"},
        {"metric": "benign-only accounts listed", "value": f"{report['benign_fp_rate']:.4f}",
         "support": f"{report['benign_false_positives']} of {report['benign_accounts']}"},
        {"metric": "benign-only accounts given an active role", "value": f"{report['benign_active_rate']:.4f}",
         "support": f"{report['benign_active']} of {report['benign_accounts']}"},
    ]
    rooms = report.get("rooms")
    if rooms:
        rows.append({"metric": "rooms judged criminal (precision / recall)",
                     "value": f"{rooms['precision']:.3f} / {rooms['recall']:.3f}",
                     "support": f"{rooms['judged_criminal']} judged, {rooms['truth_criminal']} criminal of {rooms['rooms']}"})
        rows.append({"metric": "benign rooms judged criminal", "value": str(len(rooms["benign_judged_criminal"])),
                     "support": "; ".join(rooms["benign_judged_criminal"])})
    rows.append({"metric": f"NDCG@{k}", "value": f"{report['ndcg']:.3f}", "support": report["ranked"]})
    ident = report.get("identity")
    if ident:
        rows.append({"metric": "identity links (precision / recall)", "value": f"{ident['precision']:.3f} / {ident['recall']:.3f}",
                     "support": f"{ident['correct_pairs']} of {ident['predicted_pairs']} predicted, {ident['true_pairs']} true"})
        rows.append({"metric": "non-links merged", "value": str(ident["non_links_merged"]), "support": ident["non_links"]})
    else:
        rows.append({"metric": "identity links (precision / recall)", "value": "not labelled in the truth file", "support": ""})
    return rows


def register(app: typer.Typer) -> None:
    app.command("triage")(triage)
    app.command("explain")(explain)
    app.command("victims")(victims)
    app.command("eval")(evaluate)
