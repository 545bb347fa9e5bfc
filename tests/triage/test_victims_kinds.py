"""Kinds of victims the staff's shop talk reveals: one kind of case talk in a ring's back
room, a person named as the owner of the material, a plea forwarded into a criminal room —
through the engine on small hand-made Telegram exports."""

from roomsift.analysis.triage import engine, targets
from test_rooms_victims import _case, _export

VIDEO = {"media_type": "video_file", "file": "files/v.mp4", "mime_type": "video/mp4"}


def paid_room(tmp_path, extra=()):
    """A paid room its two runners created, pin and clean; members pay, ask and are served."""
    return _export(tmp_path / "vip", "VIP 1관", "private_supergroup", 601, [
        (41, "달", {"action": "create_group", "title": "VIP 1관", "members": ["달", "별"]}),
        (42, "별", {"action": "invite_members", "members": ["늑대", "곰돌", "호떡", "라면"]}),
        (41, "달", "입장료 15만원 VIP 30만원. 국민 123-45-678901 입금 후 캡처 보내면 초대"),
        (41, "달", {"action": "pin_message", "message_id": 3}),
        (51, "늑대", "입금했습니다 15만원 확인 부탁드려요"),
        (52, "곰돌", "입금 완료했어요 초대 부탁"),
        (42, "별", "새 영상 올림. 캡처 금지", VIDEO),
        (53, "호떡", "다음 편 언제 올라와요? 풀버전 부탁드려요"),
        (42, "별", "풀버전 올림", VIDEO),
        (54, "라면", "원본 더 있나요? 추가금 낼게요"),
        (42, "별", {"action": "remove_members", "members": ["라면"]}),
        (41, "달", "유출하면 신상 뿌린다. 캡처 금지"),
        *extra,
    ])


def back_room(tmp_path, lines):
    """The two runners and their cashier talking shop."""
    return _export(tmp_path / "staff", "운영진", "private_group", 602, [
        (41, "달", {"action": "create_group", "title": "운영진", "members": ["달", "별", "정산"]}),
        (41, "달", "1관 오늘 업로드 2개 더. 입금 확인되면 초대"),
        (43, "정산", "이번주 입금 정산 내일 보고함"),
        *lines,
    ])


def _victims(tmp_path, *folders):
    case = _case(tmp_path, *folders)
    with case.connect() as conn:
        result = engine.run(conn)
    crim = {c.chat.title for c in result.contexts.values() if c.criminal}
    return crim, engine.victims_document(result)


def test_one_kind_of_case_talk_in_a_back_room_makes_a_victim_and_payment_talk_does_not(tmp_path):
    crim, victims = _victims(tmp_path, paid_room(tmp_path), back_room(tmp_path, [
        (42, "별", "@mina_x02 이 계정 애도 스폰 미끼 물었음"),  # caught: one kind
        (43, "정산", "@buyer_k7 입금 확인 처리"),  # a buyer's payment handled: payment talk only
        (41, "달", "경찰 냄새 나는 계정 있음 @cop_like9 확인해봐"),  # no case talk
        (42, "별", "새 영상은 @desk_k1 로 보내주세요"),  # an address to send to, not a person worked on
    ]))
    assert {"VIP 1관", "운영진"} <= crim
    mentions = {m for v in victims for m in v["mentions"]}
    assert "@mina_x02" in mentions
    assert not mentions & {"@buyer_k7", "@cop_like9", "@desk_k1"}
    assert not [v for v in victims if v["accounts"]]  # no staff member or buyer is a victim


def test_the_same_line_in_a_members_room_is_not_enough_alone(tmp_path):
    crim, victims = _victims(tmp_path, paid_room(tmp_path, [(55, "밤새", "@mina_x02 이 계정 애도 스폰 미끼 물었음")]))
    assert "VIP 1관" in crim
    assert not [v for v in victims if "@mina_x02" in v["mentions"]]


def test_a_given_name_as_owner_of_material_joins_the_full_name(tmp_path):
    crim, victims = _victims(tmp_path, paid_room(tmp_path, [(53, "호떡", "다음은 서진이꺼 이어서 올려주세요")]),
                             back_room(tmp_path, [(41, "달", "한서진 건도 보류. 일단 다른 애만 굴림"),
                                                  (42, "별", "이번주 업로드 사진이 거의 다 됨")]))
    named = [v for v in victims if "한서진" in v["names"]]
    assert len(named) == 1 and "서진" in named[0]["names"] and len(named[0]["evidence"]) == 2
    names = {n for v in victims for n in v["names"]}
    assert not names & {"사진", "이번주", "이번"}


def test_a_plea_forwarded_into_a_criminal_room_names_its_author(tmp_path):
    fwd = {"forwarded_from": "소라"}
    crim, victims = _victims(tmp_path, paid_room(tmp_path), back_room(tmp_path, [
        (41, "달", "하지 마세요 제발 지워주세요", fwd),
        (42, "별", "1관 공지 다시 올림", {"forwarded_from": "VIP 1관"}),  # a room's own notice: nobody's plea
    ]))
    sora = [v for v in victims if "소라" in v["names"]]
    assert len(sora) == 1 and sora[0]["evidence"][0]["signal"] == "victim_plea"
    assert not [v for v in victims if "VIP 1관" in v["names"]]


def test_case_kinds_read_kinds_not_phrases():
    assert targets.case_kinds("김민지 건은 어떻게 됨") >= {"case", "status"}
    assert "held" in targets.case_kinds("그 건 당분간 보류")
    assert "caught" in targets.case_kinds("새로 하나 찾음")
    assert "material" in targets.case_kinds("그 애 영상 정리본")
    assert targets.case_kinds("오늘 점심 뭐 먹지") == set()
    # The model's reading of a line as asking for material is a kind of its own.
    assert "traded" in targets.case_kinds("아무 말", {"solicit_material": 0.8})
    assert "traded" not in targets.case_kinds("아무 말", {"solicit_material": 0.3})
    # One kind: a second message is needed, except in a back room; payment talk alone never.
    assert targets.reading("@x 미끼 물었음")[0] < 0.5 <= targets.reading("@x 미끼 물었음", back_room=True)[0]
    assert targets.reading("@x 입금 확인 처리", back_room=True)[0] < 0.5


def test_an_upload_captioned_with_a_person_makes_them_a_victim_and_a_text_line_alone_does_not(tmp_path):
    crim, victims = _victims(tmp_path, paid_room(tmp_path, [
        (42, "별", "@hayul_k03 풀버전", VIDEO),  # the material posted, named by the person it shows
        (53, "호떡", "@ddong_cat 풀버전 봤음?"),  # a line about the same kind of thing, no material
    ]))
    assert "VIP 1관" in crim
    mentions = {m for v in victims for m in v["mentions"]}
    assert "@hayul_k03" in mentions and "@ddong_cat" not in mentions
