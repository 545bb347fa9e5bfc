"""Victims only @mentioned or named in a criminal room's case talk, and polite-form or
implied coercion in a one-to-one chat — through the CLI on small hand-made Telegram exports,
each next to benign look-alikes that must stay benign."""

import json

from typer.testing import CliRunner

from roomsift.analysis.triage import engine
from roomsift.cli import app
from roomsift.case.store import Case
from roomsift.ingest.core import ingest

runner = CliRunner()
T0 = 1_600_000_000


def _export(folder, name, kind, chat_id, lines):
    msgs = []
    for i, (uid, who, body) in enumerate(lines, start=1):
        base = {"id": i, "date": "2020-09-13T00:00:00", "date_unixtime": str(T0 + 60 * i)}
        if isinstance(body, dict):
            msgs.append(base | {"type": "service", "actor": who, "actor_id": f"user{uid}"} | body)
        else:
            msgs.append(base | {"type": "message", "from": who, "from_id": f"user{uid}", "text": body,
                                "text_entities": [{"type": "plain", "text": body}]})
    folder.mkdir(parents=True)
    (folder / "result.json").write_text(json.dumps({"name": name, "type": kind, "id": chat_id, "messages": msgs}, ensure_ascii=False),
                                        encoding="utf-8")
    return folder


def _run(tmp_path, *exports):
    """Victim records and room verdicts: the public engine functions (the CLI shows the same
    records pseudonymised); the CLI must agree on how many records there are."""
    case = Case.create(tmp_path / "case")
    for folder in exports:
        ingest(case, folder, progress=False)
    with case.connect() as conn:
        result = engine.run(conn)
    victims = engine.victims_document(result)
    res = runner.invoke(app, ["victims", "--case", str(case.path), "--format", "json"])
    assert res.exit_code == 0, res.output
    assert len(json.loads(res.stdout[res.stdout.index("{"):])["potential_victims"]) == len(victims)
    return victims, {r["room"]: r["criminal"] for r in engine.rooms_document(result)}


def staff_room(tmp_path, case_lines):
    """A paid room's staff (admission on payment, staff appointed) talking about people they work on."""
    return _export(tmp_path / "staff", "작업실", "private_group", 601, [
        (41, "곰", {"action": "create_group", "title": "작업실", "members": ["곰", "루나", "정산"]}),
        (41, "곰", "입장료 5만원 VIP 15만원. 입금 확인되면 초대"),
        (43, "정산", "입금 확인 끝난 사람들 초대 완료"),
        (41, "곰", "정산 오늘부터 매니저로 임명. 새로운 스태프 모집 문의는 나한테"),
        (42, "루나", "밥 먹고 올게요"),
        *[(42, "루나", line) for line in case_lines],
        (43, "정산", "ㅇㅋ"),
    ])


def test_one_line_of_case_talk_makes_a_mention_only_victim(tmp_path):
    victims, rooms = _run(tmp_path, staff_room(tmp_path, ["@mj_case 건 처리됨", "@jh_0817 오늘 처리해야됨 어제부터 답장 없음",
                                                          "이서현 건은 내리자. 지인이 본 것 같다고 함"]))
    assert rooms["작업실"] is True
    mentions = {m for v in victims for m in v["mentions"]}
    assert {"@mj_case", "@jh_0817"} <= mentions
    assert [v["names"] for v in victims if "이서현" in v["names"]] == [["이서현"]]  # name only, one line
    assert not [v for v in victims if v["accounts"]]  # the staff who speak are never victims


def test_one_kind_of_case_talk_or_a_cashier_line_is_not_enough(tmp_path):
    # Handled + paid in is what a cashier says of a buyer; one kind alone is not a case either.
    victims, _ = _run(tmp_path, staff_room(tmp_path, ["@buyer_k 입금 확인 처리 완료", "@other_p 처리해줘"]))
    mentions = {m for v in victims for m in v["mentions"]}
    assert not mentions & {"@buyer_k", "@other_p"}


def test_a_name_written_as_a_case_joins_the_full_name_and_the_handle(tmp_path):
    victims, _ = _run(tmp_path, staff_room(tmp_path, [
        "대학생 하나 잡았어요. 이윤서. 연락처는 과 단톡이랑 동아리",
        "@ys_lee_03 이게 인스타 아이디구요",
        "윤서 건 2탄 언제 나오냐고 난리임 처리해",
    ]))
    yoon = [v for v in victims if "이윤서" in v["names"]]
    assert len(yoon) == 1 and "윤서" in yoon[0]["names"] and yoon[0]["mentions"] == ["@ys_lee_03"]
    assert not [v for v in victims if v is not yoon[0] and ({"윤서", "이윤서"} & set(v["names"]) or "@ys_lee_03" in v["mentions"])]


def polite_dm(tmp_path):
    """Polite-form, implied blackmail in a one-to-one chat, answered by pleas; the threatened
    person exported it and writes first."""
    return _export(tmp_path / "dm", "상담사", "personal_chat", 1701, [
        (51, "윤서", "누구세요? 이 번호 어떻게 아셨어요"),
        (52, "상담사", "윤서님 지난주 영상통화 기억하시죠. 녹화본 저한테 있어요"),
        (51, "윤서", "네? 그게 무슨 말씀이세요"),
        (52, "상담사", "싫으시면 안 하셔도 돼요. 대신 다음 주에 학과 사람들이 먼저 보게 되겠죠"),
        (51, "윤서", "제발 그러지 마세요 시키는 대로 할게요"),
        (52, "상담사", "회사 분들이랑 부모님이 알게 되면 많이 곤란하시겠죠. 오늘 자정까지 200 준비해 주세요"),
        (51, "윤서", "지금은 돈이 없어요 조금만 시간 주세요 제발요"),
    ])


def benign_dms(tmp_path):
    return [
        _export(tmp_path / "landlord", "301호 집주인", "personal_chat", 1702, [
            (61, "집주인", "안녕하세요 301호 세입자분 이번 달 월세가 아직 안 들어왔네요"),
            (62, "세입자", "아 죄송합니다 깜빡했어요 오늘 바로 보낼게요"),
            (61, "집주인", "네 금요일까지만 부탁드려요 관리비도 같이요"),
            (62, "세입자", "네 꼭 보낼게요 죄송합니다"),
        ]),
        _export(tmp_path / "mom", "엄마", "personal_chat", 1703, [
            (71, "엄마", "너 아직도 게임하니? 10시까지 숙제 다 안 해놓으면 용돈 없어"),
            (72, "아들", "아 제발 한 판만 ㅠㅠ"),
            (71, "엄마", "3 2 1 끝 폰 압수한다"),
            (72, "아들", "알았어 지금 끈다고"),
        ]),
        _export(tmp_path / "boss", "김팀장", "personal_chat", 1704, [
            (81, "김팀장", "내일 오전까지 보고서 안 올라오면 회의 때 곤란해요"),
            (82, "사원", "죄송합니다 오늘 밤까지 꼭 마무리할게요"),
            (81, "김팀장", "부장님이 알게 되면 저도 곤란하니까 부탁해요"),
            (82, "사원", "네 알겠습니다"),
        ]),
        _export(tmp_path / "friend", "준호", "personal_chat", 1705, [
            (91, "준호", "너 내 치킨 먹었지 ㅋㅋ 죽었어"),
            (92, "민수", "제발 살려줘 ㅋㅋㅋ 내가 새로 사줄게"),
            (91, "준호", "너네 엄마한테 다 이른다 ㅋㅋ"),
            (92, "민수", "ㅋㅋㅋ 미안 미안"),
        ]),
    ]


def test_polite_implied_coercion_in_a_one_to_one_chat_is_a_criminal_room_with_its_victim(tmp_path):
    victims, rooms = _run(tmp_path, polite_dm(tmp_path), *benign_dms(tmp_path))
    assert rooms["상담사"] is True
    assert [v["accounts"] for v in victims] == [["telegram:user51"]]  # the one who pleads, not who wrote first
    # Landlords, parents, bosses and friends' banter stay benign.
    assert [room for room, criminal in rooms.items() if criminal] == ["상담사"]


def test_mock_threats_in_a_laughing_exchange_are_banter_even_with_one_plea(tmp_path):
    """Two sisters trading mock threats: one unlaughing "please" inside an exchange where most
    lines laugh is played along; the same threats answered without laughter are coercion."""
    joking = _export(tmp_path / "sis", "동생", "personal_chat", 1801, [
        (11, "언니", "너 어제 내 가디건 입고 나갔지 ㅋㅋ"),
        (12, "동생", "아닌데? ㅋㅋㅋ"),
        (11, "언니", "오늘 안에 세탁 안 해놓으면 엄마한테 다 말한다 ㅋㅋ"),
        (12, "동생", "뭘 말해 ㅋㅋ"),
        (11, "언니", "너 일기장 사진 찍어놨다"),
        (12, "동생", "헐 그건 안돼 제발"),
        (11, "언니", "3초 준다 3 2 1 ㅋㅋ"),
        (12, "동생", "떡볶이 쏠게 ㅋㅋㅋ 봐주라"),
        (11, "언니", "ㅇㅋ 거래 성립 ㅋㅋ"),
    ])
    pressed = _export(tmp_path / "pressed", "모르는사람", "personal_chat", 1802, [
        (21, "모르는사람", "너 어제 그 영상 나한테 있는 거 알지"),
        (22, "수아", "뭐라고요? 누구세요"),
        (21, "모르는사람", "오늘까지 50 안 보내면 너네 학교 단톡에 다 뿌린다"),
        (22, "수아", "제발 그것만은 안돼요 지우세요"),
        (21, "모르는사람", "10초 준다 10 9 8"),
        (22, "수아", "돈 구해볼게요 제발요"),
    ])
    victims, rooms = _run(tmp_path, joking, pressed)
    assert rooms == {"동생": False, "모르는사람": True}
    accounts = [a for v in victims for a in v["accounts"]]
    assert "telegram:user22" in accounts and "telegram:user12" not in accounts
