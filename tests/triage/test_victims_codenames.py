"""How a ring refers to the people it coerces besides their accounts: numbers ("6번"), initials
("ㅎㅇ 건"), handles written in passing, names as the owner of a detail — and a member pressed by
another member, who stays a suspect. Through the engine on small hand-made Telegram exports,
each beside look-alikes that must not make or join a record."""

from roomsift.analysis.triage import engine
from test_rooms_victims import _case, _export
from test_victims_kinds import back_room, paid_room


def _run(tmp_path, *folders):
    case = _case(tmp_path, *folders)
    with case.connect() as conn:
        result = engine.run(conn)
    crim = {c.chat.title for c in result.contexts.values() if c.criminal}
    return crim, engine.victims_document(result), result


def _coerced_dm(tmp_path, folder, chat_id, victim_uid, victim, extra=()):
    """A runner (41, 달) coerces one person one-to-one: threats, a deadline, pleas."""
    return _export(tmp_path / folder, victim, "personal_chat", chat_id, [
        (41, "달", "지난번에 보낸 사진 나한테 다 있어"),
        (victim_uid, victim, "지워주세요 제발"),
        (41, "달", "내일 밤 10시까지 미션 안 하면 학교 단톡에 다 뿌린다"),
        (victim_uid, victim, "제발 그러지 마세요 할게요"),
        (41, "달", "5분 남았어. 안 보내면 부모님한테 보낸다"),
        (victim_uid, victim, "보낼게요 제발 보내지 마세요"),
        *extra,
    ])


def test_a_number_tied_to_a_handle_makes_the_handle_a_victim_and_a_bare_number_no_record(tmp_path):
    crim, victims, _ = _run(tmp_path, paid_room(tmp_path), back_room(tmp_path, [
        (42, "별", "1번 2번 준비 완료"),
        (42, "별", "6번 잠수. 차단당함"),
        (41, "달", "6번은 버려. 공지에 취소라고만 써"),
        (42, "별", "6번 @yeji_x09 이거 그냥 두면 신고할수도 있음"),
        (42, "별", "@desk_k1 로 파일 보내주세요"),
    ]))
    assert {"VIP 1관", "운영진"} <= crim
    yeji = [v for v in victims if "@yeji_x09" in v["mentions"]]
    assert len(yeji) == 1 and yeji[0]["codenames"] == ["6번"]
    # The line that ties the number says nothing a case reading weighs: the number's case talk does.
    assert any(e["message"] for e in yeji[0]["evidence"])
    assert not [v for v in victims if not (v["accounts"] or v["mentions"] or v["names"])]  # 1번, 2번: nobody
    assert not [v for v in victims if "@desk_k1" in v["mentions"]]


def test_the_number_a_coercer_gives_the_other_party_joins_their_record(tmp_path):
    dm = _coerced_dm(tmp_path, "dm", 701, 61, "하은", extra=[
        (41, "달", "착하네 7번 미션 완료"),
        (41, "달", "상봉역 2번 출구 앞에서 보자"),  # a place, not a person's number
    ])
    crim, victims, _ = _run(tmp_path, paid_room(tmp_path), dm, back_room(tmp_path, [
        (42, "별", "7번 새로 잡았음. 인증 받았고 담주부터 미션"),
        (41, "달", "2번 후속 올려"),
    ]))
    assert "하은" in crim
    haeun = [v for v in victims if "telegram:user61" in v["accounts"]]
    assert len(haeun) == 1 and haeun[0]["codenames"] == ["7번"]
    assert not [v for v in victims if "2번" in v["codenames"]]


def test_a_handle_in_passing_and_initials_join_the_record_of_the_person_they_spell(tmp_path):
    dm = _coerced_dm(tmp_path, "dm", 702, 62, "해온")
    crim, victims, _ = _run(tmp_path, paid_room(tmp_path, extra=[(53, "호떡", "ㅎㅇ 건 2탄 언제 나와요?"),
                                                                 (54, "라면", "ㅎㅇ 풀버전은 VIP만임?")]),
                            dm, back_room(tmp_path, [
                                (42, "별", "@haeon_o3 이거 걔 부계임. 요즘 여기로만 답함"),
                                (41, "달", "@cop_like9 확인해봐"),
                            ]))
    haeon = [v for v in victims if "telegram:user62" in v["accounts"]]
    assert len(haeon) == 1
    assert haeon[0]["mentions"] == ["@haeon_o3"] and "ㅎㅇ" in haeon[0]["names"]
    assert not [v for v in victims if "@cop_like9" in v["mentions"]]
    assert len([v for v in victims if "ㅎㅇ" in v["names"] or "@haeon_o3" in v["mentions"]]) == 1


def test_a_given_name_owning_a_detail_is_a_victim_and_a_wallet_is_not(tmp_path):
    crim, victims, _ = _run(tmp_path, paid_room(tmp_path, extra=[(51, "늑대", "이더 주소 어디 있어요?")]),
                            back_room(tmp_path, [(42, "별", "수아 엄마 번호 알아냄. 말 안 들으면 거기로")]))
    names = {n for v in victims for n in v["names"]}
    assert "수아" in names
    assert "이더" not in names


def test_a_member_pressed_by_another_member_stays_a_suspect(tmp_path):
    room = _export(tmp_path / "kk", "ㅋㅋ", "private_group", 703, [
        (71, "태오", {"action": "create_group", "title": "ㅋㅋ", "members": ["태오", "지훈", "도윤"]}),
        (71, "태오", "여기서만 얘기하자. 2반 서채린 폴더 있음"),
        (71, "태오", "원본", {"media_type": "video_file", "file": "files/a.mp4", "mime_type": "video/mp4"}),
        (73, "도윤", "나도 좀 줘 원본으로 얼마야"),
        (72, "지훈", "3만원"),
        (73, "도윤", "보냄 국민 118902-73-052567 에서 3만원 입금했다 확인해"),
        (71, "태오", "새 거", {"media_type": "video_file", "file": "files/b.mp4", "mime_type": "video/mp4"}),
        (73, "도윤", "나 이번 거 2만원 더 보낼게 원본 줘"),
        (73, "도윤", "근데 나 이제 빠질래"),
        (71, "태오", "빠지면 너 이름도 같이 뿌린다. 학교에 다 올림", {"reply_to_message_id": 9}),
        (73, "도윤", "제발 그러지마", {"reply_to_message_id": 10}),
        (71, "태오", "닥치고 있어. 내일까지 돈 더 보내 안 그러면 니 사진도 같이 뿌림", {"reply_to_message_id": 11}),
    ])
    crim, victims, result = _run(tmp_path, room)
    assert "ㅋㅋ" in crim
    assert not [v for v in victims if "telegram:user73" in v["accounts"]]
    doyun = [pf for pf in result.participants if any(result.corpus.account_keys.get(a) == "telegram:user73" for a in pf.accounts)]
    assert doyun and set(doyun[0].roles) & {"solicitor", "payer"}
