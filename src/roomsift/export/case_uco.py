"""CASE/UCO JSON-LD: the case's accounts, chats (message threads), messages, attachments
with their hashes, the evidence files with their hashes, and the ingests as investigative
actions with provenance records — what a foreign partner's forensic tools read.

Records are gathered flat, passed through the privacy layer (`present.export_door.shown`), and only then
turned into the graph, so account identifiers, names and message text carry the same
pseudonyms as every other output. Node ids are UUID5 of the case id and the record, so
two exports of the same case name the same things the same way."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any, Iterable

from sqlalchemy import Connection, select

from roomsift.case import schema

CONTEXT = {
    "kb": "http://example.org/kb/",
    "case-investigation": "https://ontology.caseontology.org/case/investigation/",
    "co": "http://purl.org/co/",
    "uco-action": "https://ontology.unifiedcyberontology.org/uco/action/",
    "uco-core": "https://ontology.unifiedcyberontology.org/uco/core/",
    "uco-identity": "https://ontology.unifiedcyberontology.org/uco/identity/",
    "uco-observable": "https://ontology.unifiedcyberontology.org/uco/observable/",
    "uco-tool": "https://ontology.unifiedcyberontology.org/uco/tool/",
    "uco-types": "https://ontology.unifiedcyberontology.org/uco/types/",
    "uco-vocabulary": "https://ontology.unifiedcyberontology.org/uco/vocabulary/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
APPLICATIONS = {"telegram": ("Telegram", "org.telegram.messenger"), "whatsapp": ("WhatsApp", "com.whatsapp"),
                "kakaotalk": ("KakaoTalk", "com.kakao.talk"), "discord": ("Discord", "com.discord")}
HASHES = (("sha256", "SHA256"), ("sha1", "SHA1"), ("md5", "MD5"))


# -- gathering (before the privacy layer) ----------------------------------------------------------
def gather(conn: Connection, account_ids: set[int] | None, chat_ids: set[int] | None) -> dict[str, Any]:
    """Flat records in scope: messages by `account_ids` (None: anyone) in `chat_ids`
    (None: any chat), with their chats, senders, attachments, and the evidence behind them."""
    m, md, ev = schema.messages.c, schema.media.c, schema.evidence.c
    q = select(m.id, m.chat_id, m.platform_id, m.kind, m.account_id, m.sender_name, m.time_utc, m.time_local, m.text,
               m.reply_to, m.action, m.ingest_id, m.evidence_id).order_by(m.chat_id, m.time_utc, m.platform_id)
    if account_ids is not None:
        q = q.where(m.account_id.in_(sorted(account_ids)))
    if chat_ids is not None:
        q = q.where(m.chat_id.in_(sorted(chat_ids)))
    messages = [dict(r._mapping) for r in conn.execute(q)]
    msg_ids = [x["id"] for x in messages]
    chats_used = {x["chat_id"] for x in messages}
    accounts_used = {x["account_id"] for x in messages if x["account_id"] is not None}
    media = []
    for i in range(0, len(msg_ids), 900):
        media += [dict(r._mapping) for r in conn.execute(
            select(md.id, md.message_id, md.kind, md.path, md.status, md.file_name, md.mime, md.size, md.sha256, md.sha1, md.md5,
                   md.evidence_id).where(md.message_id.in_(msg_ids[i:i + 900])).order_by(md.id))]
    evidence_ids = {x["evidence_id"] for x in messages} | {x["evidence_id"] for x in media if x["evidence_id"]}
    evidence = []
    ids = sorted(evidence_ids)
    for i in range(0, len(ids), 900):
        evidence += [dict(r._mapping) for r in conn.execute(select(schema.evidence).where(ev.id.in_(ids[i:i + 900])))]
    ingest_ids = {e["ingest_id"] for e in evidence}
    ingests = [dict(r._mapping) for r in conn.execute(select(schema.ingests).where(schema.ingests.c.id.in_(sorted(ingest_ids))))]
    c, a = schema.chats.c, schema.accounts.c
    chats = [dict(r._mapping) for r in conn.execute(select(c.id, c.platform, c.platform_id, c.title, c.type).where(c.id.in_(sorted(chats_used))))]
    accounts = [{"id": r.id, "account": r.key, "platform": r.platform, "display_name": r.name}
                for r in conn.execute(select(a.id, a.key, a.platform, a.name).where(a.id.in_(sorted(accounts_used))))]
    usernames = {}
    n = schema.account_names.c
    for r in conn.execute(select(n.account_id, n.name).where(n.kind == "username", n.account_id.in_(sorted(accounts_used)))):
        usernames.setdefault(r.account_id, r.name)
    for acc in accounts:
        acc["username"] = usernames.get(acc["id"])
    key_of = {acc["id"]: acc["account"] for acc in accounts}
    return {
        "chats": [{"chat": x["id"], "platform": x["platform"], "title": x["title"] or "", "type": x["type"]} for x in chats],
        "accounts": accounts,
        "messages": [{"id": x["id"], "chat": x["chat_id"], "message_id": x["platform_id"], "kind": x["kind"],
                      "account": key_of.get(x["account_id"]), "sender_name": x["sender_name"], "time_utc": x["time_utc"],
                      "time_local": x["time_local"], "text": x["text"] or (f"[{x['action']}]" if x["action"] else ""),
                      "ingest": x["ingest_id"], "evidence": x["evidence_id"]} for x in messages],
        "media": [{"id": x["id"], "message": x["message_id"], "kind": x["kind"], "status": x["status"], "mime": x["mime"],
                   "size": x["size"], "text": x["file_name"] or x["path"] or "", "sha256": x["sha256"], "sha1": x["sha1"],
                   "md5": x["md5"], "evidence": x["evidence_id"]} for x in media],
        # `text`: export file names carry identifiers (see export.gather)
        "evidence": [{"id": e["id"], "ingest": e["ingest_id"], "role": e["role"], "text": e["path"] or "(archive)",
                      "size": e["size"], "sha256": e["sha256"], "sha1": e["sha1"], "md5": e["md5"], "added_by": e["added_by"],
                      "added_utc": e["added_utc"]} for e in evidence],
        "ingests": [{"id": i["id"], "format": i["format"], "container": i["container"], "actor": i["actor"],
                     "started_utc": i["started_utc"], "finished_utc": i["finished_utc"]} for i in ingests],
    }


# -- the graph (after the privacy layer) ---------------------------------------------------------
class Graph:
    def __init__(self, case_id: str):
        self.ns = uuid.uuid5(uuid.NAMESPACE_URL, f"roomsift:{case_id}")
        self.nodes: list[dict] = []

    def iri(self, kind: str, *key: Any) -> str:
        return f"kb:{kind}-{uuid.uuid5(self.ns, kind + ':' + ':'.join(map(str, key)))}"

    def add(self, node: dict) -> str:
        self.nodes.append(node)
        return node["@id"]


def _time(utc: int | None) -> dict | None:
    if utc is None:
        return None
    return {"@type": "xsd:dateTime", "@value": dt.datetime.fromtimestamp(utc, dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")}


def _ref(iri: str) -> dict:
    return {"@id": iri}


def _hashes(g: Graph, owner: str, record: dict) -> list[dict]:
    return [{"@id": g.iri("hash", owner, algo), "@type": "uco-types:Hash",
             "uco-types:hashMethod": name,  # xsd:string since UCO 1.4 (case_validate warns otherwise)
             "uco-types:hashValue": {"@type": "xsd:hexBinary", "@value": record[algo].upper()}}
            for algo, name in HASHES if record.get(algo)]


def _clean(d: dict) -> dict:
    return {k: v for k, v in d.items() if v not in (None, "", [])}


def _file(g: Graph, kind: str, key: Any, record: dict, name: str) -> str:
    iri = g.iri(kind, key)
    facets = [_clean({"@id": g.iri(kind + "-file-facet", key), "@type": "uco-observable:FileFacet",
                      "uco-observable:fileName": name,
                      "uco-observable:sizeInBytes": None if record.get("size") is None else {"@type": "xsd:integer", "@value": str(record["size"])}})]
    hashes = _hashes(g, iri, record)
    if hashes or record.get("mime"):
        facets.append(_clean({"@id": g.iri(kind + "-content-facet", key), "@type": "uco-observable:ContentDataFacet",
                              "uco-observable:mimeType": record.get("mime"), "uco-observable:hash": hashes}))
    return g.add({"@id": iri, "@type": "uco-observable:File", "uco-core:hasFacet": facets})


def build(doc: dict[str, Any], *, case_id: str, case_name: str, tool_version: str, export_actor: str,
          export_utc: int, scope_note: str) -> dict[str, Any]:
    g = Graph(case_id)
    tool = g.add({"@id": g.iri("tool", "roomsift", tool_version), "@type": "uco-tool:AnalyticTool",
                  "uco-core:name": "roomsift", "uco-tool:version": tool_version})
    people: dict[str, str] = {}

    def identity(name: str) -> str:
        if name not in people:
            people[name] = g.add({"@id": g.iri("identity", name), "@type": "uco-identity:Identity", "uco-core:name": name})
        return people[name]

    apps: dict[str, str] = {}
    for platform in sorted({a["platform"] for a in doc["accounts"]} | {c["platform"] for c in doc["chats"]}):
        name, ident = APPLICATIONS.get(platform, (platform, platform))
        apps[platform] = g.add({"@id": g.iri("application", platform), "@type": "uco-observable:Application",
                                "uco-core:hasFacet": [{"@id": g.iri("application-facet", platform), "@type": "uco-observable:ApplicationFacet",
                                                       "uco-core:name": name, "uco-observable:applicationIdentifier": ident}]})
    accounts: dict[str, str] = {}
    for a in doc["accounts"]:
        iri = g.iri("account", a["id"])
        facets = [{"@id": g.iri("account-facet", a["id"]), "@type": "uco-observable:AccountFacet",
                   "uco-observable:accountIdentifier": str(a["account"]), "uco-observable:isActive": True},
                  {"@id": g.iri("application-account-facet", a["id"]), "@type": "uco-observable:ApplicationAccountFacet",
                   "uco-observable:application": _ref(apps[a["platform"]])}]
        digital = _clean({"@id": g.iri("digital-account-facet", a["id"]), "@type": "uco-observable:DigitalAccountFacet",
                          "uco-observable:displayName": a.get("display_name"), "uco-observable:accountLogin": a.get("username")})
        if len(digital) > 2:
            facets.append(digital)
        accounts[a["account"]] = g.add({"@id": iri, "@type": "uco-observable:ApplicationAccount", "uco-core:hasFacet": facets})

    evidence_files = {e["id"]: _file(g, "evidence-file", e["id"], e, e["text"]) for e in doc["evidence"]}
    messages: dict[int, str] = {}
    by_chat: dict[int, list[str]] = {}
    senders: dict[int, set[str]] = {}
    for m in doc["messages"]:
        iri = g.iri("message", m["id"])
        facet = _clean({"@id": g.iri("message-facet", m["id"]), "@type": "uco-observable:MessageFacet",
                        "uco-observable:messageID": str(m["message_id"]), "uco-observable:messageText": m["text"],
                        "uco-observable:sentTime": _time(m["time_utc"]),
                        "uco-observable:from": _ref(accounts[m["account"]]) if m["account"] in accounts else None,
                        "uco-observable:application": _ref(apps[_platform(doc, m["chat"])])})
        node = {"@id": iri, "@type": "uco-observable:Message", "uco-core:hasFacet": [facet]}
        if m["time_utc"] is None and m["time_local"]:
            node["uco-core:description"] = f"local time as written in the export, zone unknown: {m['time_local']}"
        messages[m["id"]] = g.add(node)
        by_chat.setdefault(m["chat"], []).append(iri)
        if m["account"] in accounts:
            senders.setdefault(m["chat"], set()).add(accounts[m["account"]])
    for c in doc["chats"]:
        _thread(g, c, by_chat.get(c["chat"], []), sorted(senders.get(c["chat"], ())))
    for x in doc["media"]:
        f = _file(g, "attachment", x["id"], x, x["text"])
        g.add({"@id": g.iri("attachment-of", x["id"]), "@type": "uco-observable:ObservableRelationship",
               "uco-core:source": _ref(f), "uco-core:target": _ref(messages[x["message"]]),
               "uco-core:kindOfRelationship": "Attachment_Of", "uco-core:isDirectional": True})
        if x["evidence"] in evidence_files and evidence_files[x["evidence"]] != f:
            g.add({"@id": g.iri("attachment-stored-as", x["id"]), "@type": "uco-observable:ObservableRelationship",
                   "uco-core:source": _ref(f), "uco-core:target": _ref(evidence_files[x["evidence"]]),
                   "uco-core:kindOfRelationship": "Extracted_From", "uco-core:isDirectional": True})
    actions = []
    for i in doc["ingests"]:
        files = [evidence_files[e["id"]] for e in doc["evidence"] if e["ingest"] == i["id"]]
        made = [messages[m["id"]] for m in doc["messages"] if m["ingest"] == i["id"]]
        record = g.add(_clean({"@id": g.iri("provenance-record", "ingest", i["id"]), "@type": "case-investigation:ProvenanceRecord",
                               "case-investigation:exhibitNumber": f"ingest-{i['id']}",
                               "uco-core:description": f"{i['format']} export ({i['container']}): the evidence files as hashed when first seen",
                               "uco-core:object": [_ref(x) for x in files]}))
        actions.append(g.add(_clean({
            "@id": g.iri("investigative-action", "ingest", i["id"]), "@type": "case-investigation:InvestigativeAction",
            "uco-core:name": f"ingest of a {i['format']} export",
            "uco-action:startTime": _time(i["started_utc"]), "uco-action:endTime": _time(i["finished_utc"]),
            "uco-action:performer": _ref(identity(i["actor"])), "uco-action:instrument": _ref(tool),
            "uco-action:object": [_ref(x) for x in files], "uco-action:result": [_ref(record)] + [_ref(x) for x in made]})))
    export_record = g.add({"@id": g.iri("provenance-record", "export", export_utc), "@type": "case-investigation:ProvenanceRecord",
                           "uco-core:description": f"CASE/UCO export of {scope_note}; identities pseudonymised unless a legal basis covered them",
                           "uco-core:object": [_ref(x) for x in list(messages.values()) + list(accounts.values())] or [_ref(tool)]})
    actions.append(g.add({"@id": g.iri("investigative-action", "export", export_utc), "@type": "case-investigation:InvestigativeAction",
                          "uco-core:name": "CASE/UCO export", "uco-action:startTime": _time(export_utc), "uco-action:endTime": _time(export_utc),
                          "uco-action:performer": _ref(identity(export_actor)), "uco-action:instrument": _ref(tool),
                          "uco-action:result": [_ref(export_record)]}))
    g.add({"@id": g.iri("investigation", case_id), "@type": "case-investigation:Investigation", "uco-core:name": case_name,
           "uco-core:object": [_ref(x) for x in actions]})
    return {"@context": CONTEXT, "@graph": g.nodes}


def _platform(doc: dict, chat_id: int) -> str:
    for c in doc["chats"]:
        if c["chat"] == chat_id:
            return c["platform"]
    raise KeyError(chat_id)


def _thread(g: Graph, chat: dict, items: list[str], participants: Iterable[str]) -> str:
    key = chat["chat"]
    thread: dict[str, Any] = {"@id": g.iri("thread", key), "@type": "uco-types:Thread",
                              "co:size": {"@type": "xsd:nonNegativeInteger", "@value": str(len(items))}}
    if items:
        thread["co:element"] = [_ref(x) for x in items]
        item_iris = [g.iri("thread-item", key, n) for n in range(len(items))]
        thread["co:item"] = [_clean({"@id": item_iris[n], "@type": "uco-types:ThreadItem",
                                     "co:index": {"@type": "xsd:positiveInteger", "@value": str(n + 1)},
                                     "co:itemContent": _ref(x),
                                     "uco-types:threadNextItem": _ref(item_iris[n + 1]) if n + 1 < len(items) else None,
                                     "uco-types:threadPreviousItem": _ref(item_iris[n - 1]) if n else None})
                             for n, x in enumerate(items)]
    facet = _clean({"@id": g.iri("message-thread-facet", key), "@type": "uco-observable:MessageThreadFacet",
                    "uco-observable:participant": [_ref(p) for p in participants], "uco-observable:messageThread": thread})
    return g.add(_clean({"@id": g.iri("message-thread", key), "@type": "uco-observable:MessageThread",
                         "uco-core:name": chat["title"], "uco-core:hasFacet": [facet]}))


def bundle(case, persons: list[str], chats: list[int], shown) -> tuple[dict[str, Any], dict[str, int]]:
    """The scoped CASE/UCO graph through the privacy layer (`shown(case, doc)`, handed in by
    present/, the one door), and counts of what it holds."""
    from roomsift import __version__
    from roomsift.analysis.identity.api import person_map
    from roomsift.case.store import current_actor, now_utc

    with case.connect() as conn:
        account_ids = None
        if persons:
            pm = person_map(conn)
            account_ids = {a for a, p in pm.items() if p in persons}
        flat = gather(conn, account_ids, set(chats) if chats else None)
    flat = shown(case, flat)
    note = "the whole case" if not persons and not chats else \
        f"persons {', '.join(persons) or 'all'} in chats {', '.join(map(str, chats)) or 'all'}"
    graph = build(flat, case_id=case.meta.get("id", case.name), case_name=case.name, tool_version=__version__,
                  export_actor=current_actor(), export_utc=now_utc(), scope_note=note)
    counts = {k: len(flat[k]) for k in ("chats", "accounts", "messages", "media", "evidence", "ingests")}
    return graph, counts
