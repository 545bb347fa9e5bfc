"""How victims are named in a criminal room's case talk: names Kiwi does not read as names,
names the platform links to an account, and words that only look like names or handles —
through the public engine functions and the CLI on small hand-made Telegram exports."""

from test_victims_mentions_polite import _export, _run, staff_room


def _entity_line(folder, uid, name, text):
    """Make the staff room's first chat line carry a mention_name entity for `name` → user `uid`."""
    import json

    path = folder / "result.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    msg = next(m for m in doc["messages"] if m.get("type") == "message")
    rest = text[len(name):]
    msg["text"] = [{"type": "mention_name", "text": name, "user_id": uid}, rest]
    msg["text_entities"] = [{"type": "mention_name", "text": name, "user_id": uid}, {"type": "plain", "text": rest}]
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return folder


def lobby(tmp_path):
    """A paid lobby where member 77 (하은) joins and protests; the staff work on her elsewhere."""
    return _export(tmp_path / "lobby", "맛보기방", "private_supergroup", 602, [
        (41, "곰", {"action": "create_group", "title": "맛보기방", "members": ["곰"]}),
        (41, "곰", "입장료 5만원. 입금 확인되면 초대"),
        (51, "별", "입금했습니다 확인 부탁드려요"),
        (41, "곰", "확인됐습니다 초대 보냄"),
        (77, "하은", "채널에 올라간 영상 제 거예요. 당장 내려주세요"),
        (52, "달", "ㅋㅋ"),
    ])


def test_a_full_name_kiwi_reads_as_a_verb_is_still_a_name_in_case_talk(tmp_path):
    # Kiwi reads 하은 as 하+은 (a verb); addressed ("박하은씨") it reads a name.
    victims, rooms = _run(tmp_path, staff_room(tmp_path, ["박하은 건 내렸어요. 지인이 본 것 같다고 함"]))
    assert rooms["작업실"] is True
    assert [v["names"] for v in victims] == [["박하은"]]


def test_a_name_the_platform_linked_to_an_account_names_that_account_later(tmp_path):
    staff = staff_room(tmp_path, ["박하은 건 내렸어요. 지인이 본 것 같다고 함"])
    _entity_line(staff, 77, "박하은", "박하은 강퇴함")
    victims, _ = _run(tmp_path, staff, lobby(tmp_path))
    mine = [v for v in victims if "박하은" in v["names"]]
    assert len(mine) == 1 and mine[0]["accounts"] == ["telegram:user77"]  # one person: the protester who was worked on


def test_words_shaped_like_names_and_own_contacts_are_not_victims(tmp_path):
    victims, _ = _run(tmp_path, staff_room(tmp_path, [
        "여기서 본 거 밖에 새면 니 신상도 뿌림",  # 신상 (personal details) + 도, not 신 + 상도
        "팔로워 늘려드립니다 인스타/유튜브",  # loanwords of name shape
        "지유 건 후속 있나요? DM은 @desk_kk 로 주세요",  # the author's own contact
    ]))
    names = {n for v in victims for n in v["names"]}
    mentions = {m for v in victims for m in v["mentions"]}
    assert not names & {"신상도", "유튜브", "인스타"}
    assert "@desk_kk" not in mentions


def test_a_display_name_that_is_an_everyday_word_names_a_series_not_its_account(tmp_path):
    room = staff_room(tmp_path, ["이번 주 업로드 목록) 지하철 3건 화장실 2건 학교 앞 예고편", "지하철 2탄 아직임?"])
    member = _export(tmp_path / "vip", "VIP방", "private_supergroup", 603, [
        (41, "곰", {"action": "create_group", "title": "VIP방", "members": ["곰"]}),
        (41, "곰", "VIP 15만원. 입금 확인되면 초대"),
        (61, "지하철", {"action": "join_group_by_link", "inviter": "곰"}),
    ])
    victims, _ = _run(tmp_path, room, member)
    assert not [v for v in victims if v["accounts"] or "지하철" in v["names"]]


def test_a_notice_posted_again_is_one_reading(tmp_path):
    # One kind of case talk (a cashier's line about a bot) re-posted three times stays one line.
    victims, _ = _run(tmp_path, staff_room(tmp_path, ["@pay_bot 입금 후 처리"] * 3))
    assert "@pay_bot" not in {m for v in victims for m in v["mentions"]}


def test_a_surname_kiwi_reads_and_a_handle_split_by_syllables_are_one_person(tmp_path):
    # Kiwi reads 오+서진 (a surname, then a common noun); "@min_ha_0" spells 민하 across "_".
    victims, _ = _run(tmp_path, staff_room(tmp_path, [
        "회사 동기 오서진. 사원증 사진 있음",
        "팀장 김민하 회사 단톡 명단 떴음",
        "@min_ha_0 회사 주소도 받았음",
    ]))
    assert any(v["names"] == ["오서진"] for v in victims)
    assert not any("사원증" in v["names"] for v in victims)
    joined = [v for v in victims if "김민하" in v["names"]]
    assert len(joined) == 1 and joined[0]["mentions"] == ["@min_ha_0"]
