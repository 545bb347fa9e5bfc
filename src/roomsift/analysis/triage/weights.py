"""Every weight triage uses, in one place, with the reason for it (docs/triage.md repeats them).

A role's score combines its cited signals by noisy-OR: score = 1 − Π(1 − wᵢ·sᵢ), where wᵢ is
the weight below and sᵢ the signal's strength (1 for structural facts, the detector's
0–1 strength for language). Noisy-OR rewards more independent evidence but never exceeds
1, and one strong fact can carry a role on its own. A role is assigned at ROLE_THRESHOLD.
"""

from __future__ import annotations

ROLE_THRESHOLD = 0.5

TIERS = {"operator": 1, "distributor": 2, "solicitor": 3, "payer": 4, "viewer": 5}
ROLES = tuple(TIERS)

ROLE_WEIGHTS: dict[str, dict[str, float]] = {
    "operator": {
        "created_room": 0.55,  # created the group/channel: the clearest structural fact of running it
        "removed_members": 0.4,  # only admins can remove
        "pinned_message": 0.3,  # only admins can pin (in supergroups); several pins add up
        "edited_room": 0.25,  # title/photo edits need admin rights in most rooms
        "invited_members": 0.2,  # anyone may invite in small groups, so weak alone
        "price_announcement": 0.7,  # names the entry fee: sets the room's terms
        "payment_instruction": 0.6,  # tells people where to pay
        "rules_announcement": 0.55,  # sets and enforces the room's rules
        "staff_management": 0.55,  # appoints or directs staff
        "admission_control": 0.6,  # lets paying people in
        "threat": 0.5,  # coercing a victim is what the room's runners did
        "coercion": 0.4,
        "expose_personal": 0.35,
        "channel_post": 0.3,  # signs posts in the room's own channel
        "confirmed_payment": 0.4,  # a collector confirms someone's payment (attribution.py)
        "collected_payment": 0.4,  # received a payment from one of >= 2 distinct payers (payment relations, attribution.py); two make the role
    },
    "distributor": {
        "known_material": 0.95,  # media matched a known-material hash list
        "distribute_material": 0.6,  # says material was uploaded/posted/shared
        "answered_request": 0.45,  # posted media in reply to a request
        "forwarded_media": 0.5,  # forwarded media from elsewhere (another room, a channel): passing material on
        "forwarded_post": 0.3,  # forwarded a post without media in the export: two make the role
        "material_link": 0.45,  # posted a link to files/another room
        "media_post": 0.35,  # posted a video or a file in a criminal room; two make the role (a photo, a GIF or a voice note weighs PICTURE_POST)
        "posted_link": 0.25,  # posted a link (of any kind) in a criminal room; several add up
    },
    "solicitor": {
        "request_material": 1.0,  # asked or incited others to provide material: the act that defines the role (strength = its probability)
        "asks_room_material": 0.6,  # asks (request mood) for something named in the room's own distribution (requests.py)
        "request_answered": 0.25,  # their request was answered with media: it worked
        "answered_with_material": 0.5,  # someone else answered their message, by reply, with media or a file link: a request by behaviour (evidence.py)
    },
    "payer": {
        "sent_payment": 0.85,  # Telegram payment service message
        "payment_claim": 1.0,  # says they paid / shows proof: the act that defines the role
        "payment_confirmed": 0.9,  # a collector confirms their payment (replied to, @mentioned, named)
        "payment_relation": 0.9,  # handed over a gift-card PIN or paid to a published wallet/account (payments/flows.py)
        "says_paid": 0.6,  # says they paid in words the model may miss ("… 입금함", "송금 끝", "핀 DM 드렸어요"; paid_words.py): one makes the role, in criminal rooms only
        "payment_question": 0.3,  # asked what it costs / where to pay (intent, not proof)
    },
}

# Media everyone shares in everyday chat — photos (memes, screenshots, verification selfies), GIFs,
# voice and round video notes — weigh less than uploads (video files, files): three make a
# distributor alone, where two uploads do (roles.py). Stickers are not media at all.
UPLOAD_KINDS = frozenset({"video_file", "video", "file", "audio_file"})
PICTURE_POST = 0.25

# Member-side acts read from language: the model's probability is calibrated on its training
# mix, where these acts are no likelier than everyday talk. A room judged criminal from other,
# independent evidence (context.py) makes them likelier: their odds are multiplied by this
# factor before they count for a role (p = 0.33 → 0.5). Room verdicts never use it.
ROOM_PRIOR_ODDS = 2.0
PRIOR_SHIFTED = {"request_material", "payment_claim", "distribute_material"}

# Which role a message-level signal supports (language signals and structural ones).
SIGNAL_ROLE = {sig: role for role, sigs in ROLE_WEIGHTS.items() for sig in sigs}

# Room verdicts are not weighted: they come from kinds of evidence agreeing (context.py).
