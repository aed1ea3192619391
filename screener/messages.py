"""Every text the screener shows, in English, its source language: one entry per message, keyed
by an id that is also the message's gettext context (msgctxt). Nothing else in the package holds a
sentence. Translations live in locales/<code>/LC_MESSAGES/messages.po, made from the template
locales/messages.pot by `python -m scripts.translations` (see CONTRIBUTING.md).

Placeholders are str.format fields ({name}); every translation keeps the same ones.
"""


def pgettext(context: str, message: str) -> tuple[str, str]:
    """Marks a message for extraction (Babel's default keyword): (key, English)."""
    return context, message


def npgettext(context: str, singular: str, plural: str, n: int) -> tuple[str, tuple[str, str]]:
    """Marks a message with plural forms; `n` only serves the extractor's call pattern."""
    return context, (singular, plural)


MESSAGES: dict[str, str | tuple[str, str]] = dict((
    # --- Laws, guidelines and official pages cited as sources ---
    # Translators: keep 出入国管理及び難民認定法 in brackets, after the glossary's rendering.
    pgettext("law.icrra", "Immigration Control and Refugee Recognition Act (出入国管理及び難民認定法)"),
    # Translators: keep 出国命令制度 in brackets, after the glossary's rendering.
    pgettext("law.isa_departure_order", "Immigration Services Agency: departure order system (出国命令制度)"),
    # Translators: keep 在留特別許可に係るガイドライン in brackets, after the glossary's rendering.
    pgettext("law.guideline_2024", "ISA: Guidelines on special permission to stay (在留特別許可に係るガイドライン, March 2024)"),
    pgettext("law.guideline_2024_announcement", "ISA: announcement of the revised guidelines (March 2024)"),
    pgettext("law.guideline_2009", "ISA: Guidelines on special permission to stay (July 2009)"),
    # Translators: keep 在留特別許可申請 in brackets, after the glossary's rendering.
    pgettext("law.isa_application", "ISA: application for special permission to stay (在留特別許可申請)"),
    pgettext("law.houterasu", "Houterasu (Japan Legal Support Center): multilingual information service"),
    pgettext("law.isa_information_center", "ISA: Immigration Information Center"),
    # Translators: keep 退去強制手続 in brackets, after the glossary's rendering.
    pgettext("law.isa_deportation_procedure", "ISA: deportation procedure (退去強制手続)"),
    # Translators: keep 行政事件訴訟法 in brackets, after the glossary's rendering.
    pgettext("law.acla", "Administrative Case Litigation Act (行政事件訴訟法)"),
    # --- How articles are written: each language numbers articles its own way ---
    # Translators: a citation pattern; keep the {fields}. Write it as your language writes articles.
    pgettext("article.plain", "{main}"),
    # Translators: a citation pattern; keep the {fields}. Write it as your language writes articles.
    pgettext("article.branch", "{main}-{branch}"),
    # Translators: a citation pattern; keep the {fields}. Write it as your language writes articles.
    pgettext("article.article", "Art. {article}"),
    # Translators: a citation pattern; keep the {fields}. Write it as your language writes articles.
    pgettext("article.item", "Art. {article}, item {item}"),
    pgettext("article.page", "official explanation"),
    # Translators: a citation pattern; keep the {fields}. Write it as your language writes articles.
    pgettext("article.para_item", "Art. {article}({para}), item {item}"),
    # Translators: a citation pattern; keep the {fields}. Write it as your language writes articles.
    pgettext("article.proviso", "Art. {article}({para}), proviso"),
    # Translators: a citation pattern; keep the {fields}. Write it as your language writes articles.
    pgettext("article.guideline_section", "section {section}"),
    pgettext("article.reported", "element reported from the guideline (full text in Japanese only)"),
    pgettext("article.replaced_2024", "the 2009 text, replaced in June 2024"),
    # Translators: a citation pattern; keep the {fields}. Write it as your language writes articles.
    pgettext("article.para", "Art. {article}({para})"),
    # --- Status of a requirement ---
    pgettext("status.met", "Met"),
    pgettext("status.not_met", "Not met"),
    pgettext("status.unknown", "Not clear yet"),
    # --- The option every question ends with ---
    pgettext("opt.dont_know", "I don't know"),
    # --- The parts of the questionnaire (one screen each) ---
    pgettext("section.stay", "Your stay in Japan"),
    pgettext("section.procedure", "Where your case stands"),
    pgettext("section.record", "Criminal record and past removals"),
    pgettext("section.leaving", "Leaving Japan"),
    pgettext("section.protection", "Special situations"),
    pgettext("section.family", "Family and ties"),
    # --- The questions and their options ---
    pgettext("q.how_in_japan.text", "How did you come to be in Japan?"),
    pgettext("q.how_in_japan.landed_legally", "I entered with my own valid passport and was given permission to land (a landing stamp or sticker)"),
    pgettext("q.how_in_japan.born_in_japan", "I was born in Japan (or I lost Japanese nationality)"),
    pgettext("q.how_in_japan.entered_illegally", "I entered without going through immigration inspection, or with a false passport or someone else's passport"),
    pgettext("q.stay_status.text", "What happened to your permission to stay?"),
    # Translators: keep 在留資格, 在留期間 in brackets, after the glossary's rendering.
    pgettext("q.stay_status.help", "Your permission to stay is your status of residence (在留資格) and its period of stay (在留期間), shown on your residence card or in your passport."),
    pgettext("q.stay_status.expired", "My period of stay ended and I did not renew or change it"),
    pgettext("q.stay_status.cancelled", "My status was cancelled and I did not leave by the date I was given"),
    pgettext("q.stay_status.special_landing", "I came on a short special landing permission (transit, crew, emergency or similar), or left a cruise ship and did not go back, and stayed on"),
    pgettext("q.stay_status.never_had", "I was born in Japan (or lost Japanese nationality) and never got a status of residence"),
    pgettext("q.stay_status.valid", "I still have a valid status of residence"),
    pgettext("q.wants_to_leave.text", "Do you want to leave Japan soon?"),
    pgettext("q.wants_to_leave.help", "A departure order is only for people who want to go home. If you want to stay, read about special permission to stay."),
    pgettext("q.wants_to_leave.yes", "Yes, I want to leave soon"),
    pgettext("q.wants_to_leave.no", "No, I want to stay in Japan"),
    pgettext("q.investigation.text", "Has immigration already started investigating your case?"),
    pgettext("q.investigation.help", "For example: police or immigration officers stopped you and handed you to immigration, you were detained, or an immigration officer has already questioned you about your overstay."),
    pgettext("q.investigation.no", "No. Nobody has contacted me; I would go to immigration on my own"),
    pgettext("q.investigation.yes", "Yes, the investigation has started"),
    pgettext("q.finding_notified.text", "Has an immigration inspector already told you that you fall under a deportation ground?"),
    # Translators: keep 認定 in brackets, after the glossary's rendering.
    pgettext("q.finding_notified.help", "This is the inspector's finding (認定). It comes after the inspector examines your case, and you are told about it, usually in writing."),
    pgettext("q.finding_notified.no", "No, not yet"),
    pgettext("q.finding_notified.yes", "Yes, I was told"),
    pgettext("q.sentence.text", "Has a court in Japan ever sentenced you for a crime (during this stay or an earlier one)?"),
    # Translators: keep 拘禁刑, 懲役, 禁錮 in brackets, after the glossary's rendering.
    pgettext("q.sentence.help", "If there was more than one sentence, answer for the most serious one (the next question asks about all of them). A sentence of imprisonment is 拘禁刑 (before June 2025: 懲役 or 禁錮)."),
    pgettext("q.sentence.none", "No"),
    pgettext("q.sentence.fine", "Yes, only a fine"),
    pgettext("q.sentence.suspended", "Yes, imprisonment, fully suspended (I did not have to go to prison)"),
    pgettext("q.sentence.served", "Yes, imprisonment that I served or must serve"),
    pgettext("q.offence.text", "What was the crime?"),
    pgettext("q.offence.help", "If you had more than one conviction, choose the first kind in this list that fits any of them."),
    pgettext("q.offence.drug", "A drug offence (narcotics, stimulants, cannabis, opium or similar)"),
    pgettext("q.offence.listed", "Theft, robbery, fraud, extortion, violence or injury, killing, forgery (of documents, money, cards or seals), breaking into a home, gambling, kidnapping or human trafficking, confining someone, handling stolen goods, dangerous driving that injured or killed someone, carrying lock-picking tools, or carrying a designated cutting tool hidden without good reason"),
    pgettext("q.offence.other", "Something else, none of the above (for example a traffic offence, or overstaying itself)"),
    pgettext("q.sentence_length.text", "How long was the sentence of imprisonment?"),
    pgettext("q.sentence_length.help", "The whole length the court gave, even if all or part of it was suspended."),
    pgettext("q.sentence_length.under_1y", "Less than 1 year"),
    pgettext("q.sentence_length.exactly_1y", "Exactly 1 year"),
    pgettext("q.sentence_length.over_1y", "More than 1 year (or life)"),
    pgettext("q.other_grounds.text", "Apart from overstaying, have you done any of these things in Japan?"),
    pgettext("q.other_grounds.help", "Human trafficking; doing prostitution work, or running, recruiting for or providing a place for prostitution (unless someone controls you through trafficking); helping other people enter or land illegally; making foreigners work illegally or arranging it; making false documents so that someone else can get permission; terrorism or violent political activity."),
    pgettext("q.other_grounds.no", "No, none of these"),
    pgettext("q.other_grounds.yes", "Yes, at least one of these"),
    pgettext("q.past_removal.text", "Have you ever left Japan before because you were deported or because of a departure order?"),
    pgettext("q.past_removal.help", "If both happened, choose either one."),
    pgettext("q.past_removal.no", "No, never"),
    pgettext("q.past_removal.deported", "Yes, I was deported before"),
    pgettext("q.past_removal.departure_order", "Yes, I left with a departure order before"),
    pgettext("q.passport.text", "Do you have a valid passport?"),
    pgettext("q.passport.help", "If your passport is lost or expired, your embassy may give you a new one or a travel document."),
    pgettext("q.passport.yes", "Yes, a valid passport"),
    pgettext("q.passport.can_get", "No, but my embassy can give me a passport or a travel document"),
    pgettext("q.passport.no", "No, and I cannot get one"),
    pgettext("q.fare.text", "Can you pay for the ticket home (yourself, or with help from family or friends)?"),
    pgettext("q.fare.yes", "Yes"),
    pgettext("q.fare.no", "No"),
    pgettext("q.years_without_status.text", "How long have you been in Japan without a valid status of residence?"),
    pgettext("q.years_without_status.under_1y", "Less than 1 year"),
    pgettext("q.years_without_status.1_to_3y", "1 to 3 years"),
    pgettext("q.years_without_status.3_to_10y", "3 to 10 years"),
    pgettext("q.years_without_status.over_10y", "More than 10 years"),
    pgettext("q.investigation_start.text", "How did the investigation start?"),
    pgettext("q.investigation_start.came_forward", "I went to immigration myself"),
    pgettext("q.investigation_start.caught", "Police or immigration officers found me"),
    # Translators: keep 退去強制令書 in brackets, after the glossary's rendering.
    pgettext("q.deportation_order.text", "Has a written deportation order (退去強制令書) been issued to you?"),
    # Translators: keep 出国命令書 in brackets, after the glossary's rendering.
    pgettext("q.deportation_order.help", "This is the final order to leave Japan. It is a different document from a departure order (出国命令書)."),
    pgettext("q.deportation_order.no", "No"),
    pgettext("q.deportation_order.yes", "Yes"),
    pgettext("q.custody.text", "Where are you in the procedure now?"),
    # Translators: keep 収容 in brackets, after the glossary's rendering.
    pgettext("q.custody.detained", "I am detained (収容)"),
    # Translators: keep 仮放免 in brackets, after the glossary's rendering.
    pgettext("q.custody.provisional_release", "I am on provisional release (仮放免)"),
    # Translators: keep 監理措置 in brackets, after the glossary's rendering.
    pgettext("q.custody.supervision", "I am under supervision measures (監理措置)"),
    pgettext("q.custody.none", "None of these"),
    pgettext("q.absconded.text", "While on provisional release or supervision measures, did you ever run away or miss a required report?"),
    pgettext("q.absconded.no", "No"),
    pgettext("q.absconded.yes", "Yes"),
    pgettext("q.false_documents.text", "Have you ever used, had, given or received a false or someone else's passport or residence card, given your own residence card to someone else, or married only to get a visa?"),
    pgettext("q.false_documents.no", "No"),
    pgettext("q.false_documents.yes", "Yes"),
    # Translators: keep 永住者 in brackets, after the glossary's rendering.
    pgettext("q.permanent_residence.text", "Do you have permanent residence (永住者) in Japan?"),
    pgettext("q.permanent_residence.no", "No"),
    pgettext("q.permanent_residence.yes", "Yes"),
    # Translators: keep 本籍 in brackets, after the glossary's rendering.
    pgettext("q.former_japanese.text", "Were you ever a Japanese national with a family register (本籍) in Japan?"),
    pgettext("q.former_japanese.no", "No"),
    pgettext("q.former_japanese.yes", "Yes"),
    pgettext("q.trafficking.text", "Are you in Japan because someone controls you, for example through human trafficking, forced work or forced prostitution?"),
    pgettext("q.trafficking.help", "If you are in danger now, you can ask the police or immigration for protection."),
    pgettext("q.trafficking.no", "No"),
    pgettext("q.trafficking.yes", "Yes"),
    # Translators: keep 補完的保護 in brackets, after the glossary's rendering.
    pgettext("q.refugee.text", "Has Japan recognised you as a refugee or as a person eligible for complementary protection (補完的保護)?"),
    pgettext("q.refugee.no", "No"),
    pgettext("q.refugee.applied", "I applied, but I have not been recognised (yet)"),
    pgettext("q.refugee.recognised", "Yes, I was recognised"),
    pgettext("q.spouse.text", "Are you legally married?"),
    # Translators: keep 特別永住者 in brackets, after the glossary's rendering.
    pgettext("q.spouse.japanese", "Yes, to a Japanese national or a special permanent resident (特別永住者)"),
    pgettext("q.spouse.resident", "Yes, to a foreign national who has a status of residence in Japan"),
    pgettext("q.spouse.none", "No, or my spouse has no status in Japan"),
    pgettext("q.living_together.text", "Do you live together with your spouse?"),
    pgettext("q.living_together.with_child", "Yes, and we have a child together"),
    pgettext("q.living_together.together", "Yes"),
    pgettext("q.living_together.apart", "No"),
    pgettext("q.children.text", "Do you live in Japan with your own child who is under 18?"),
    pgettext("q.children.help", "If you have more than one child: if one of them is a Japanese national, answer for that child; if not, for a child with a status of residence."),
    pgettext("q.children.japanese", "Yes, and the child is a Japanese national"),
    pgettext("q.children.with_status", "Yes, and the child has a status of residence"),
    pgettext("q.children.without_status", "Yes, and the child has no status of residence"),
    pgettext("q.children.no", "No"),
    pgettext("q.child_school.text", "Does the child go to a Japanese school (elementary, junior high or high school)?"),
    pgettext("q.child_school.long", "Yes, for several years"),
    pgettext("q.child_school.recent", "Yes, but only recently"),
    pgettext("q.child_school.not_school_age", "No, the child is not of school age yet"),
    pgettext("q.child_school.no", "No (or a school that teaches in another language)"),
    # Translators: keep 自治会 in brackets, after the glossary's rendering.
    pgettext("q.community_ties.text", "Do you have ties to your local community, for example through your child's school, a neighbourhood association (自治会), a religious or volunteer group?"),
    pgettext("q.community_ties.yes", "Yes"),
    pgettext("q.community_ties.no", "No"),
    pgettext("q.illness.text", "Does anyone have a serious illness that needs treatment in Japan?"),
    pgettext("q.illness.self", "Yes, I do"),
    pgettext("q.illness.family", "Yes, a family member I care for"),
    pgettext("q.illness.no", "No"),
    pgettext("q.support.text", "If you were allowed to stay, would an employer or another person in Japan support you?"),
    pgettext("q.support.yes", "Yes"),
    pgettext("q.support.no", "No"),
    pgettext("q.nationality.text", "Do you have the nationality of a country that would accept you?"),
    pgettext("q.nationality.has_nationality", "Yes"),
    pgettext("q.nationality.stateless", "No, I am stateless"),
    pgettext("q.came_forward_intent.text", "When you went to immigration, what did you want?"),
    pgettext("q.came_forward_intent.help", "Coming forward before any investigation, wanting to leave Japan promptly, is route (a) of the departure order. It keeps the departure order open even after the inspector's finding."),
    pgettext("q.came_forward_intent.to_leave", "To leave Japan soon, and I said so"),
    pgettext("q.came_forward_intent.to_stay", "To stay in Japan, or to ask for special permission to stay"),
    # Translators: keep 刑の一部の執行猶予 in brackets, after the glossary's rendering.
    pgettext("q.sentence.partly_suspended", "Yes, imprisonment, partly suspended (I had to serve part of it: 刑の一部の執行猶予)"),
    pgettext("q.sentence_when.text", "When was that sentence?"),
    pgettext("q.sentence_when.help", "If there were several sentences, answer for the one for the crime you chose above."),
    pgettext("q.sentence_when.this_stay", "During my present stay (since I last entered Japan, or since birth if I was born here)"),
    pgettext("q.sentence_when.earlier_stay", "During an earlier stay in Japan"),
    # Translators: keep 旅券法 in brackets, after the glossary's rendering.
    pgettext("q.offence.passport_act", "An offence under the Passport Act (旅券法), for example a false passport or someone else's passport"),
    # Translators: keep 入管法 in brackets, after the glossary's rendering.
    pgettext("q.offence.smuggling", "Bringing people into Japan illegally, transporting or receiving them, helping illegal entry for profit, or hiding people who entered illegally (入管法 Arts. 74 to 74-6-3 and 74-8)"),
    # Translators: keep 入管法 in brackets, after the glossary's rendering.
    pgettext("q.offence.unauthorised_work", "Working outside what my status of residence allowed, while I still had a status (入管法 Art. 73; not overstaying itself)"),
    pgettext("q.unsuspended_part.text", "How long was the part that was not suspended (the part you had to serve)?"),
    pgettext("q.unsuspended_part.1y_or_less", "1 year or less"),
    pgettext("q.unsuspended_part.over_1y", "More than 1 year"),
    pgettext("q.foreign_sentence.text", "Has a court in another country ever convicted you of a crime?"),
    pgettext("q.foreign_sentence.help", "This matters for coming back to Japan later, and perhaps for the departure order and special permission: the law does not say clearly whether sentences abroad count there. If more than one applies, choose the first that fits."),
    pgettext("q.foreign_sentence.no", "No"),
    pgettext("q.foreign_sentence.drug", "Yes, for a drug offence (any penalty)"),
    pgettext("q.foreign_sentence.1y_or_more", "Yes, imprisonment of 1 year or more (even if suspended)"),
    pgettext("q.foreign_sentence.lesser", "Yes, something else (a fine, or imprisonment of less than 1 year)"),
    pgettext("q.false_document_kind.text", "What was it?"),
    pgettext("q.false_document_kind.help", "If more than one applies, choose the first that fits."),
    pgettext("q.false_document_kind.residence_card", "A false residence card or someone else's (using, having, giving or receiving it), or giving my own residence card to someone else"),
    pgettext("q.false_document_kind.passport", "A false passport, or someone else's"),
    pgettext("q.false_document_kind.marriage", "A marriage only to get a visa"),
    pgettext("q.false_document_kind.other", "Other false documents"),
    # --- The departure order's requirements (ICRRA Art. 24-3) ---
    pgettext("art24-3-ground.title", "You are an overstayer, not someone who entered illegally"),
    pgettext("art24-3-ground.illegal_entry", "The departure order is only for people who overstayed. People who entered Japan illegally (for example without inspection or with a false passport) cannot use it."),
    pgettext("art24-3-ground.still_valid", "You still have a valid status of residence, so you are not an overstayer. You can leave Japan in the normal way; the departure order is not needed."),
    pgettext("art24-3-ground.overstay", "You overstayed after entering legally, or were born in Japan and did not get a status. This is one of the situations the departure order covers."),
    pgettext("art24-3-ground.contradictory", "Your answers do not fit together: if you entered with permission to land, you had a period of stay. Check your first two answers."),
    pgettext("art24-3-ground.unknown", "It is not clear yet whether you entered legally and then overstayed. Only overstayers can get a departure order; people who entered illegally cannot."),
    pgettext("art24-3-1.title", "You come forward, or say you want to leave, in time"),
    pgettext("art24-3-1.wants_to_stay", "The departure order is for people who want to leave promptly. You said you want to stay: read about special permission to stay instead."),
    pgettext("art24-3-1.too_late", "You have been told the inspector's finding. Route (b) (saying you want to leave after the investigation began) closes at that notice, and route (a) is only for people who came forward before any investigation wanting to leave. So a departure order is no longer possible for you."),
    pgettext("art24-3-1.undecided", "The departure order requires that you want to leave Japan promptly. Decide this first; you can answer again."),
    pgettext("art24-3-1.route_a", "You would go to the immigration office on your own, before any investigation, wanting to leave promptly. This is route (a) of item 1."),
    pgettext("art24-3-1.route_b", "The investigation has started, but you have not been told the inspector's finding. Since 10 June 2024 you can still qualify if you tell the immigration inspector or officer now that you want to leave promptly (route (b)). After route (b), the re-entry ban is 5 years if you later come back as a Temporary Visitor."),
    pgettext("art24-3-1.unknown", "It is not clear yet whether an investigation has started or whether you were told the inspector's finding. Going to the immigration office yourself, early, keeps this requirement open."),
    pgettext("art24-3-2.title", "No other deportation ground"),
    pgettext("art24-3-2.drug", "A conviction for a drug offence is a separate deportation ground, even with only a fine. The departure order is not possible."),
    pgettext("art24-3-2.over_1y", "A life sentence, or a sentence of imprisonment of more than one year that was not fully suspended, is a separate deportation ground. (For a partly suspended sentence, the part not suspended counts.) The departure order is not possible."),
    pgettext("art24-3-2.other_ground", "What you described is a separate deportation ground. The departure order is only for people whose only violation is the overstay."),
    pgettext("art24-3-2.unknown", "It is not clear yet whether anything other than the overstay applies to you (for example a criminal sentence or false documents)."),
    pgettext("art24-3-2.offence_unknown", "The kind of crime matters: drug, Passport Act and smuggling offences, and imprisonment for working outside your status, are separate deportation grounds. Find out what the sentence was for."),
    pgettext("art24-3-2.length_unknown", "The length matters: a life sentence, or a prison sentence of more than one year that was not fully suspended (for a partly suspended sentence, the part not suspended), is a separate deportation ground."),
    pgettext("art24-3-2.foreign_sentence", "A sentence abroad of life or of more than one year (not fully suspended) might count as a separate deportation ground: the law (Art. 24 item 4(i)) does not say whether sentences under foreign law count. Ask a lawyer."),
    pgettext("art24-3-2.none", "From your answers, nothing other than the overstay applies."),
    pgettext("art24-3-3.title", "No prison sentence in Japan for a listed crime since you entered"),
    pgettext("art24-3-3.no_imprisonment", "You have not been sentenced to imprisonment in Japan. (A fine alone does not count for this requirement.)"),
    pgettext("art24-3-3.unknown", "It is not clear yet whether you were sentenced to imprisonment in Japan."),
    pgettext("art24-3-3.listed", "A sentence of imprisonment for one of the listed crimes (such as theft, fraud, injury or forgery) during your present stay excludes the departure order, even if the sentence was suspended."),
    pgettext("art24-3-3.offence_unknown", "The kind of crime matters: imprisonment for a listed crime (such as theft, fraud, injury or forgery) excludes the departure order. Find out what the sentence was for."),
    pgettext("art24-3-3.not_listed", "The crime you chose is not one of those listed in item 3. (It may still matter under requirement 2. If you had another prison sentence for a listed crime, this requirement is not met.)"),
    pgettext("art24-3-4.title", "Never deported or given a departure order before"),
    pgettext("art24-3-4.first_time", "You have never been deported from Japan or left under a departure order."),
    pgettext("art24-3-4.deported", "You were deported from Japan before. The departure order is not possible again."),
    pgettext("art24-3-4.departure_order", "You already left Japan once with a departure order. It can be used only once in a lifetime."),
    pgettext("art24-3-4.unknown", "It is not clear yet whether you were deported or left with a departure order before. A departure order can be used only once in a lifetime."),
    pgettext("art24-3-5.title", "You can certainly leave Japan promptly"),
    pgettext("art24-3-5.no_passport", "Without a passport or travel document you cannot leave promptly. Ask your embassy whether it can give you one: if so, this can change."),
    pgettext("art24-3-5.no_fare", "Without money for the ticket, leaving promptly is not certain. If family, friends or your embassy can help pay, this can change."),
    pgettext("art24-3-5.ready", "You have (or can get) a passport or travel document and can pay the fare."),
    pgettext("art24-3-5.unknown", "It is not clear yet whether you have a passport or travel document and the money for the ticket. The office must be sure you can leave promptly."),
    pgettext("art24-3-1.came_forward", "You went to immigration yourself and have not been told the inspector's finding. If you went intending to leave promptly, this is route (a). Otherwise, telling the officer now, before the finding, that you want to leave promptly is route (b)."),
    # Translators: keep 退去強制令書 in brackets, after the glossary's rendering.
    pgettext("art24-3-1.order_issued", "A written deportation order (退去強制令書) has been issued. After that, the law no longer allows a departure order."),
    # Translators: keep 口頭審理 in brackets, after the glossary's rendering.
    pgettext("art24-3-1.after_finding_unknown", "You have been told the inspector's finding. If you came forward on your own before any investigation and said you wanted to leave, a departure order is still possible at the oral hearing (口頭審理): ask for it within 3 days of the notice. Otherwise it is no longer possible. Check how your case started."),
    # Translators: keep 口頭審理 in brackets, after the glossary's rendering.
    pgettext("art24-3-1.route_a_after_finding", "You came forward before any investigation, wanting to leave (route (a)). Even after the inspector's finding, the oral hearing (口頭審理) or an objection can still find that you qualify for a departure order. Ask for an oral hearing within 3 days of the notice and say that you want to leave with a departure order."),
    pgettext("art24-3-1.came_forward_to_leave", "You went to immigration yourself, before any investigation, wanting to leave promptly. This is route (a) of item 1."),
    pgettext("art24-3-2.residence_card", "Using, having, giving or receiving a false residence card or someone else's is a separate deportation ground (Art. 24 item 3-5). The departure order is not possible."),
    pgettext("art24-3-2.passport_act", "A sentence for certain Passport Act offences (such as using a false or someone else's passport), even a fine, is a separate deportation ground (Art. 24 item 4(d)). The departure order is not possible."),
    pgettext("art24-3-2.smuggling", "A sentence for bringing in, transporting or hiding people who entered illegally, even a fine, is a separate deportation ground (Art. 24 item 4(e)). The departure order is not possible."),
    pgettext("art24-3-2.unauthorised_work", "A sentence of imprisonment for working outside your status (Art. 73), even suspended, is a separate deportation ground (Art. 24 item 4(f)). The departure order is not possible."),
    pgettext("art24-3-2.document_kind_unknown", "The kind of false document matters: a false residence card or someone else's is a separate deportation ground. Find out what it was."),
    pgettext("art24-3-3.earlier_stay", "The law counts sentences given \"after entering Japan\". Whether a sentence during an earlier stay counts is not settled. Ask a lawyer."),
    pgettext("art24-3-3.when_unknown", "A sentence of imprisonment for a listed crime during your present stay excludes the departure order. Find out when the sentence was given."),
    # --- The departure order's overall result ---
    pgettext("do.status.likely_eligible", "A departure order looks possible"),
    pgettext("do.status.not_eligible", "A departure order does not look possible"),
    pgettext("do.status.unclear", "Not clear yet whether a departure order is possible"),
    # Translators: keep 出国命令 in brackets, after the glossary's rendering.
    pgettext("do.summary.likely_eligible", "From your answers you meet every requirement of the departure order (出国命令). Only the Immigration Services Agency decides. If it agrees, you leave within at most 15 days, without being detained for it (if you are already detained, you are released when the order is issued), and the re-entry ban is usually 1 year instead of 5 or more (with no time limit after a sentence of 1 year or more or a drug conviction: see the re-entry ban section)."),
    # Translators: keep 出国命令 in brackets, after the glossary's rendering.
    pgettext("do.summary.not_eligible", "From your answers at least one requirement of the departure order (出国命令) is not met. Other paths remain: going home through the deportation procedure, or asking for special permission to stay. Each is explained on this site."),
    # Translators: keep 出国命令 in brackets, after the glossary's rendering.
    pgettext("do.summary.unclear", "Some requirements are not clear from your answers. None of your answers rules the departure order (出国命令) out, but the ones marked below need checking."),
    # --- Special permission to stay (Art. 50) ---
    # Translators: keep 在留特別許可申請, 出頭申告 in brackets, after the glossary's rendering.
    pgettext("sp.application.after_coming_forward", "The application for special permission to stay (在留特別許可申請) is made by a person in the deportation procedure: detained, or under supervision measures. You are not in the procedure yet: you enter it by coming forward (出頭申告). Get advice first, if you can: coming forward starts your case."),
    pgettext("sp.application.before_order", "No written deportation order has been issued, so you can still apply. Apply soon: once you accept the inspector's finding, you have only 3 days, and no application is possible after the order."),
    pgettext("sp.application.order_issued", "A written deportation order has been issued. After that, the law allows no application for special permission to stay."),
    pgettext("sp.application.not_deportable", "You still have a valid status and nothing else in your answers makes you deportable, so there is nothing to apply for."),
    pgettext("sp.application.unknown", "Whether a written deportation order has been issued decides this: the application is possible only until then. And if you accept the inspector's finding, you have only 3 days from accepting it."),
    pgettext("sp.bar.applies", "The statutory bar applies"),
    # Translators: keep 特別の事情 in brackets, after the glossary's rendering.
    pgettext("sp.bar.applies.explanation", "A life sentence, or a sentence of imprisonment of more than one year that was not fully suspended (for a partly suspended sentence, the part not suspended), bars special permission, unless there are special circumstances in which refusing it would lack humanitarian consideration (特別の事情)."),
    pgettext("sp.bar.does_not_apply", "The statutory bar does not apply"),
    pgettext("sp.bar.does_not_apply.explanation", "Nothing in your answers falls under the bar of Art. 50(1) (life imprisonment, or more than one year not fully suspended, counting only the unsuspended part of a partly suspended sentence; or the serious grounds the law lists, such as terrorism, human trafficking and violent political activity)."),
    pgettext("sp.bar.unclear", "Not clear yet whether the statutory bar applies"),
    pgettext("sp.bar.unclear.explanation", "The bar covers life imprisonment, a prison sentence of more than one year that was not fully suspended (for a partly suspended sentence, the part not suspended), and serious grounds the law lists (such as terrorism, human trafficking and violent political activity). Whether a sentence abroad counts is not clear in the law. Your answers leave this open: a lawyer can check it with your documents."),
    pgettext("sp.notice", "Special permission to stay is decided at the Minister's discretion, by weighing everything together. A factor in favour does not guarantee permission, and a factor against does not rule it out. This check gives no score and no prediction."),
    pgettext("sp.application.label.after_coming_forward", "Possible after coming forward"),
    pgettext("sp.application.label.before_order", "You can apply now"),
    pgettext("sp.application.label.three_days", "You can apply now, but the limit may be 3 days"),
    pgettext("sp.application.label.order_issued", "You can no longer apply"),
    pgettext("sp.application.label.not_deportable", "Nothing to apply for"),
    pgettext("sp.application.label.unknown", "Not clear yet whether you can apply"),
    pgettext("sp.application.label.once_held", "Possible once you are detained or under supervision measures"),
    pgettext("sp.application.three_days", "You have been told the inspector's finding. If you accept it, the written deportation order is issued when you sign a statement that you will not apply, or when you do not apply within 3 days of accepting it. After that order, no application is possible. Do not sign anything before you get advice."),
    pgettext("sp.application.once_held", "The application is made by a person detained under a detention order or placed under supervision measures (Art. 50(2)). Your case has started, but your answers do not say whether you are detained or under supervision measures: ask the officer on your case how to apply. Apply before a written deportation order is issued: once you accept the inspector's finding, you have only 3 days."),
    # --- The grounds of Art. 50(1) ---
    pgettext("art50-1-1.title", "You have permanent residence"),
    pgettext("art50-1-1.yes", "You hold permanent residence. This is one of the grounds named in the law. It does not guarantee permission."),
    pgettext("art50-1-1.no", "You do not hold permanent residence."),
    pgettext("art50-1-1.unknown", "It is not clear whether you hold permanent residence."),
    pgettext("art50-1-2.title", "You were once a Japanese national with a family register in Japan"),
    pgettext("art50-1-2.yes", "You were once a Japanese national with a family register in Japan. This is one of the grounds named in the law. It does not guarantee permission."),
    pgettext("art50-1-2.no", "You were not a Japanese national with a family register in Japan."),
    pgettext("art50-1-2.unknown", "It is not clear whether you were once a Japanese national with a family register in Japan."),
    pgettext("art50-1-3.title", "You are in Japan under someone's control through human trafficking"),
    pgettext("art50-1-3.yes", "You said someone controls you through trafficking or similar. The law names this as a ground. You can also ask the police or immigration for protection."),
    pgettext("art50-1-3.no", "You did not say that someone controls you."),
    pgettext("art50-1-3.unknown", "It is not clear whether someone controls you through trafficking or similar."),
    pgettext("art50-1-4.title", "You are recognised as a refugee or for complementary protection"),
    pgettext("art50-1-4.yes", "You are recognised as a refugee or for complementary protection. This is one of the grounds named in the law."),
    pgettext("art50-1-4.no", "You are not recognised as a refugee or for complementary protection."),
    pgettext("art50-1-4.pending", "An application that is still pending is not recognition. This ground needs the recognition itself."),
    pgettext("art50-1-4.unknown", "It is not clear whether you are recognised as a refugee or for complementary protection."),
    pgettext("art50-1-5.title", "Other circumstances that justify permission"),
    pgettext("art50-1-5.discretion", "This is the general ground. The Minister decides it by weighing all the circumstances, including the factors listed below. No one can tell in advance how they will be weighed."),
    # --- Factors in favour (2024 guidelines) ---
    pgettext("positive-child-interest.title", "Your child's interest in living with the family"),
    pgettext("positive-child-interest.explanation", "The 2024 guidelines say that the need to protect a child's interest in living with the family is weighed in favour."),
    # Translators: for reviewers of the rule book: where the element comes from; keep the Japanese quotations.
    pgettext("positive-child-interest.basis", "ISA announcement (2024-03): 「家族とともに生活をするという子の利益の保護の必要性を積極的に評価」"),
    pgettext("positive-child-education.title", "Your child's schooling in Japan"),
    pgettext("positive-child-education.explanation", "Reported from the guidelines: children who have been educated in Japan for a considerable time count in favour. The guidelines give no number of years."),
    # Translators: for reviewers of the rule book: where the element comes from; keep the Japanese quotations.
    pgettext("positive-child-education.basis", "Reported from the 2024 guideline; 2009 guideline: 実子が本邦の初等・中等教育機関に在学し相当期間本邦に在住"),
    pgettext("positive-japanese-child.title", "You are raising a child who is a Japanese national"),
    pgettext("positive-japanese-child.explanation", "Reported from the guidelines: caring for and raising a Japanese minor child counts in favour."),
    # Translators: for reviewers of the rule book: where the element comes from; keep the Japanese quotations.
    pgettext("positive-japanese-child.basis", "Reported from the 2024 guideline; 2009 guideline, 特に考慮する積極要素 (2): 日本人の実子を監護・養育"),
    pgettext("positive-spouse-japanese.title", "Marriage to a Japanese national or special permanent resident"),
    pgettext("positive-spouse-japanese.explanation", "Reported from the guidelines: a real, stable marriage with a considerable time living together (for example with children) counts in favour. A marriage only on paper counts against."),
    # Translators: for reviewers of the rule book: where the element comes from; keep the Japanese quotations.
    pgettext("positive-spouse-japanese.basis", "Reported from the 2024 guideline; 2009 guideline, 特に考慮する積極要素 (3): 日本人又は特別永住者と法的に婚姻、相当期間共同生活をし、婚姻が安定かつ成熟"),
    pgettext("positive-spouse-resident.title", "Marriage to a foreign resident with a status of residence"),
    pgettext("positive-spouse-resident.explanation", "The 2009 guidelines listed a real marriage to a resident with a status (such as a permanent resident or long-term resident) in favour. We could not check how the 2024 text words it."),
    # Translators: for reviewers of the rule book: where the element comes from; keep the Japanese quotations.
    pgettext("positive-spouse-resident.basis", "2009 guideline, その他の積極要素 (2): 別表第二の在留資格で在留する者と婚姻 (2024 wording not checked)"),
    pgettext("positive-community-ties.title", "Ties to your local community"),
    pgettext("positive-community-ties.explanation", "The 2024 guidelines say that relations with the local Japanese community (schools, neighbourhood associations) built during the stay are weighed in favour."),
    # Translators: for reviewers of the rule book: where the element comes from; keep the Japanese quotations.
    pgettext("positive-community-ties.basis", "ISA announcement (2024-03): 「日本人の地域社会（学校、自治会等）との関係も積極的に評価」"),
    pgettext("positive-medical-need.title", "Medical treatment needed in Japan"),
    pgettext("positive-medical-need.explanation", "Reported from the guidelines: a concrete risk to life if treatment in Japan cannot continue counts in favour. Bring medical certificates."),
    # Translators: for reviewers of the rule book: where the element comes from; keep the Japanese quotations.
    pgettext("positive-medical-need.basis", "Reported from the 2024 guideline; 2009 guideline, 特に考慮する積極要素 (5): 難病等により本邦での治療を必要"),
    pgettext("positive-support.title", "Support from an employer or another person"),
    pgettext("positive-support.explanation", "Reported from the guidelines: sufficient support from a future employer or another third party counts in favour."),
    # Translators: for reviewers of the rule book: where the element comes from; keep the Japanese quotations.
    pgettext("positive-support.basis", "Reported from the 2024 guideline (press, March 2024)"),
    pgettext("positive-stateless.title", "You are stateless"),
    pgettext("positive-stateless.explanation", "Reported from the guidelines: being stateless, so that removal to any country is impossible, counts in favour."),
    # Translators: for reviewers of the rule book: where the element comes from; keep the Japanese quotations.
    pgettext("positive-stateless.basis", "Reported from the 2024 guideline (press, March 2024)"),
    pgettext("positive-came-forward.title", "Coming forward on your own"),
    pgettext("positive-came-forward.explanation", "Going to immigration yourself, before being found, counted in favour in the 2009 guidelines and is reported to count in favour now. It only counts if you actually do it."),
    # Translators: for reviewers of the rule book: where the element comes from; keep the Japanese quotations.
    pgettext("positive-came-forward.basis", "2009 guideline, その他の積極要素 (1): 自ら地方入国管理官署に出頭; reported for 2024"),
    # --- Factors against (2024 guidelines) ---
    pgettext("negative-long-illegal-stay.title", "The length of your stay without status"),
    pgettext("negative-long-illegal-stay.explanation", "The 2024 guidelines say that a long illegal stay is weighed against, as a breach of immigration order. No official text gives a number of years, so this check lists it whatever the length: the longer the stay, the more it may weigh."),
    # Translators: for reviewers of the rule book: where the element comes from; keep the Japanese quotations.
    pgettext("negative-long-illegal-stay.basis", "ISA announcement (2024-03): 「不法に在留している期間が長いことについては、出入国在留管理秩序を侵害しているという観点から消極的に評価」 (no number of years given)"),
    pgettext("negative-illegal-entry.title", "Illegal entry"),
    pgettext("negative-illegal-entry.explanation", "Reported from the guidelines: entering illegally, or with a false passport, counts against."),
    # Translators: for reviewers of the rule book: where the element comes from; keep the Japanese quotations.
    pgettext("negative-illegal-entry.basis", "Reported from the 2024 guideline; 2009 guideline, その他の消極要素 (1): 不法入国"),
    pgettext("negative-false-documents.title", "False documents or a marriage on paper"),
    pgettext("negative-false-documents.explanation", "Reported from the guidelines: forged or fraudulently obtained passports, residence cards or other documents count against, and a sham marriage counts heavily against."),
    # Translators: for reviewers of the rule book: where the element comes from; keep the Japanese quotations.
    pgettext("negative-false-documents.basis", "Reported from the 2024 guideline (forged residence cards and documents); 2009 guideline: 偽装婚姻"),
    pgettext("negative-criminal-record.title", "A criminal record"),
    pgettext("negative-criminal-record.explanation", "Reported from the guidelines: breaking criminal laws counts against. How much depends on the offence and the sentence."),
    # Translators: for reviewers of the rule book: where the element comes from; keep the Japanese quotations.
    pgettext("negative-criminal-record.basis", "Reported from the 2024 guideline: 刑罰法令違反"),
    pgettext("negative-drug-offence.title", "A drug offence"),
    pgettext("negative-drug-offence.explanation", "Drug offences have long been treated as particularly serious (2009 guidelines) and are reported to count heavily against."),
    # Translators: for reviewers of the rule book: where the element comes from; keep the Japanese quotations.
    pgettext("negative-drug-offence.basis", "Reported from the 2024 guideline; 2009 guideline, 特に考慮する消極要素 (1): 社会悪物品の密輸入・売買"),
    pgettext("negative-serious-violations.title", "Other serious violations"),
    pgettext("negative-serious-violations.explanation", "Reported from the guidelines: prostitution, employing people illegally, helping illegal entry and similar violations count against."),
    # Translators: for reviewers of the rule book: where the element comes from; keep the Japanese quotations.
    pgettext("negative-serious-violations.basis", "Reported from the 2024 guideline: 売春, 不法就労助長 and other violations"),
    pgettext("negative-absconded.title", "Running away during provisional release"),
    pgettext("negative-absconded.explanation", "Reported from the guidelines: running away or breaking the conditions of provisional release counts against."),
    # Translators: for reviewers of the rule book: where the element comes from; keep the Japanese quotations.
    pgettext("negative-absconded.basis", "Reported from the 2024 guideline: 仮放免中の逃亡"),
    # --- Re-entry bans (Art. 5(1)) ---
    pgettext("ban.departure_order.title", "If you leave with a departure order"),
    pgettext("ban.departure_order.one_year", "You cannot land in Japan for 1 year after leaving."),
    # Translators: keep 短期滞在 in brackets, after the glossary's rendering.
    pgettext("ban.departure_order.route_b", "If the order comes through route (b) (you said you wanted to leave only after the investigation began), the ban is 5 years if you later want to come as a Temporary Visitor (短期滞在)."),
    pgettext("ban.departure_order.not_a_right", "When the ban ends you must still meet the usual conditions for landing, such as a visa for your nationality; the end of a ban is not permission to come back."),
    pgettext("ban.deportation.title", "If you are deported"),
    pgettext("ban.deportation.first", "You cannot land in Japan for 5 years after deportation."),
    pgettext("ban.deportation.repeat", "Because you were deported or left with a departure order before, the ban is 10 years."),
    pgettext("ban.deportation.unclear", "Your answers leave open whether you were deported or left with a departure order before: if so, the ban is 10 years."),
    # Translators: keep 短期滞在 in brackets, after the glossary's rendering.
    pgettext("ban.deportation.own_expense", "Because you were never deported or given a departure order before, you can ask, when you are allowed to leave at your own expense, for a decision that your ban is 1 year (Art. 52(5)). It is given only on application, considering your conduct, and you must leave by the date set. The 1 year does not apply if you later want to come as a Temporary Visitor (短期滞在)."),
    pgettext("ban.no_limit", "A prison sentence of 1 year or more (even suspended; political offences excepted) or any drug conviction, in Japan or abroad and at any time, means landing is refused with no time limit, whatever way you leave, a departure order included. Special landing permission may be given at the Minister's discretion, but it is never promised. Ask a lawyer to check your sentence."),
    pgettext("ban.could_be_no_limit", "Your answers leave open whether you ever had a prison sentence of 1 year or more (even suspended) or a drug conviction, in Japan or abroad: if so, landing is refused with no time limit, whatever way you leave."),
    # Translators: keep 短期滞在 in brackets, after the glossary's rendering.
    pgettext("ban.deportation.own_expense_if_first", "If you were never deported or given a departure order before, you can ask, when you are allowed to leave at your own expense, for a decision that your ban is 1 year (Art. 52(5)), except for a later Temporary Visitor (短期滞在) landing. People deported or given a departure order before cannot get it."),
    # --- Next steps ---
    # Translators: keep 地方出入国在留管理局, 出国命令制度 in brackets, after the glossary's rendering.
    pgettext("next.go_to_bureau", "Go in person, soon, to a regional immigration services bureau (地方出入国在留管理局) and say that you want to leave Japan under the departure order system (出国命令制度). Coming forward starts your case."),
    pgettext("next.bring_documents", "Bring your passport (or another identity document if you have none) and your residence card if you have one."),
    pgettext("next.ticket_later", "Practitioners advise buying the air ticket only when the office tells you to, not before."),
    pgettext("next.no_work", "Coming forward does not make your stay legal and does not allow you to work. Until your case is decided, follow the conditions the office sets."),
    pgettext("next.get_help", "If you are unsure, ask for free information: Houterasu's multilingual line or the immigration information center (see the Getting help page)."),
    pgettext("next.other_paths", "Read about the other paths: going home through the deportation procedure, and special permission to stay."),
    pgettext("next.lawyer", "Talk to a lawyer or a bar association consultation centre before you go to immigration, if you can."),
    pgettext("next.lawyer_now", "Talk to a lawyer or a bar association consultation centre now, if you can: your case has already started."),
    pgettext("next.find_out", "Try to find out the answers you marked \"I don't know\" (your passport and residence card, court papers, letters from immigration), then run the check again."),
    pgettext("next.disclaimer", "This check is general information, not legal advice. Only the Immigration Services Agency decides your case."),
    pgettext("next.order_issued", "A written deportation order has been issued. Talk to a lawyer now: a court case against it has strict time limits."),
    # Translators: keep 自費出国 in brackets, after the glossary's rendering.
    pgettext("next.own_expense", "Ask the immigration bureau about leaving at your own expense (自費出国): you buy the ticket and leave sooner."),
    pgettext("next.valid_status", "You still have a valid status. To stay longer, apply in the normal way (renewal or change of status) before it ends."),
    # Translators: keep 出頭申告 in brackets, after the glossary's rendering.
    pgettext("next.sp_come_forward", "If you want to stay, get advice first (a lawyer, or Houterasu's multilingual line). Coming forward (出頭申告) at a regional immigration services bureau starts your case; once you are then detained or placed under supervision measures, you can apply for special permission to stay."),
    # Translators: keep 在留特別許可申請 in brackets, after the glossary's rendering.
    pgettext("next.sp_apply", "Tell the immigration office that you want to apply for special permission to stay (在留特別許可申請), in person at the regional bureau."),
    # Translators: keep 在留特別許可申請 in brackets, after the glossary's rendering.
    pgettext("next.sp_detained", "Tell the officers at the detention facility that you want to apply for special permission to stay (在留特別許可申請). You can ask for an interpreter, and ask to contact a lawyer."),
    # Translators: keep 退去強制令書 in brackets, after the glossary's rendering.
    pgettext("next.sp_before_order", "Apply before a written deportation order (退去強制令書) is issued: after that, no application is possible. Once you accept the inspector's finding, you have only 3 days to apply."),
    pgettext("next.sp_documents", "Collect documents that show your situation: family register or marriage certificate, your children's school records, letters from your community, medical certificates, and a letter from anyone who will support you."),
    pgettext("next.sp_children", "Each of your children without a status of residence needs an application of their own (one form per person). For a child under 16, a parent or another relative may apply on the child's behalf."),
    pgettext("next.own_expense_one_year", "Because you were never deported or given a departure order before, ask at the same time for the decision that your re-entry ban is 1 year instead of 5 (Art. 52(5); not for a later Temporary Visitor landing). You must leave by the date set."),
    pgettext("next.own_expense_one_year_if_first", "If you were never deported or given a departure order before, ask at the same time for the decision that your re-entry ban is 1 year instead of 5 (Art. 52(5); not for a later Temporary Visitor landing). Repeaters cannot get it."),
    # Translators: keep 主任審査官 in brackets, after the glossary's rendering.
    pgettext("next.order_to_leave", "If you have a written deportation order and refuse to leave, in some cases (for example when your country does not accept forced removal) the chief immigration inspector (主任審査官) can order you to leave within a set period (Art. 55-2). Breaking that order is a crime."),
    # Translators: keep 口頭審理 in brackets, after the glossary's rendering.
    pgettext("next.three_days", "You were told the inspector's finding. If you disagree with it, you can ask for an oral hearing (口頭審理) within 3 days of the notice. If you accept it and want to stay, apply for special permission to stay within 3 days of accepting it: otherwise the written deportation order follows."),
    pgettext("next.do_not_sign", "Do not sign any statement (for example that you accept the finding, that you will not ask for an oral hearing, or that you will not apply for special permission) before you get advice. Ask for an interpreter if you do not understand a paper."),
    # Translators: keep 口頭審理, 出国命令 in brackets, after the glossary's rendering.
    pgettext("next.hearing_for_departure_order", "Within 3 days of the notice of the finding, ask for an oral hearing (口頭審理). Say that you came forward before any investigation wanting to leave, and that you ask for a departure order (出国命令)."),
    pgettext("next.tell_officer_now", "Your case has already started. Tell the immigration officer or inspector handling your case now, before you are told the inspector's finding, that you want to leave Japan promptly (route (b)). You do not need to go to another office."),
    # Translators: keep 渡航書 in brackets, after the glossary's rendering.
    pgettext("next.get_passport_or_fare", "What is missing is a passport or the fare. Ask your embassy for a passport or a travel document (渡航書), and family or friends for help with the ticket. If your case has not started yet, come forward once you have them and say that you want to leave with a departure order."),
    pgettext("next.came_forward_counts", "Coming forward on your own counted in favour in the 2009 guidelines on special permission to stay, and practitioners report that it counts in favour now."),
    pgettext("next.advice_first", "Many answers are still open. Before you go to any immigration office, ask for advice without giving your name: Houterasu's multilingual line (0570-078377), the Immigration Information Center, or a lawyer. Going to a bureau starts your case."),
    # --- The self-check page ---
    pgettext("ui.title", "Self-check"),
    # Translators: {size} is the first download, measured by the build, e.g. "4.9 MB".
    pgettext("ui.loading", "The check is loading in the background (about {size} the first time). You can start answering now."),
    pgettext("ui.ready", "The check is ready. It runs on your device; your answers are not sent anywhere."),
    pgettext("ui.waiting", "Checking your answers as soon as the check has loaded…"),
    pgettext("ui.error", "The check could not start on this device."),
    pgettext("ui.error_advice", "You can still read the guide, which explains every requirement. Try reloading the page, or use another browser."),
    pgettext("ui.error_load", "A file the check needs could not be downloaded. Your connection may have dropped, or a filter may block it."),
    pgettext("ui.error_blocked", "This browser, or an extension in it, blocked part of the check."),
    pgettext("ui.timeout", "Loading took too long. Your connection may be slow or blocked."),
    pgettext("ui.no_wasm", "This browser cannot run WebAssembly, which the check needs."),
    pgettext("ui.submit", "See my result"),
    pgettext("ui.result_heading", "Your result"),
    pgettext("ui.requirements_heading", "The requirements one by one"),
    pgettext("ui.next_steps_heading", "What you can do next"),
    pgettext("ui.source", "Source"),
    pgettext("ui.noscript", "The self-check needs JavaScript. The guide explains every requirement without it."),
    pgettext("ui.privacy", "Your answers stay on this device. Nothing is stored or sent."),
    # Translators: keep 出国命令 in brackets, after the glossary's rendering.
    pgettext("ui.departure_order_heading", "Departure order (出国命令)"),
    pgettext("ui.leave_note", "Leave quickly clears your answers and replaces this page with a blank one. Your browser history may still show that you visited this site: use a private window, or delete the history."),
    # Translators: keep 在留特別許可 in brackets, after the glossary's rendering.
    pgettext("ui.special_permission_heading", "Special permission to stay (在留特別許可)"),
    pgettext("ui.application_heading", "Can you apply?"),
    pgettext("ui.bar_heading", "The statutory bar"),
    pgettext("ui.grounds_heading", "The grounds in the law"),
    pgettext("ui.positive_heading", "Factors in your favour"),
    pgettext("ui.negative_heading", "Factors against you"),
    pgettext("ui.no_factors", "None from your answers."),
    # Translators: keep 上陸拒否 in brackets, after the glossary's rendering.
    pgettext("ui.bans_heading", "Re-entry ban (上陸拒否)"),
    pgettext("ui.ban_no_limit", "No time limit"),
    # Translators: a ban length; {years} is a number of years.
    npgettext("ui.ban_years", "{years} year", "{years} years", 0),
    pgettext("ui.answers_heading", "Your answers"),
    pgettext("ui.print", "Print or save as PDF"),
    pgettext("ui.copy", "Copy as text"),
    pgettext("ui.copied", "Copied. You can paste the text into a message or a note."),
    pgettext("ui.copy_failed", "Copying is not allowed in this browser. Select the text and copy it yourself."),
    pgettext("ui.clear", "Clear answers"),
    # Translators: keep 日本語 in brackets, after the glossary's rendering.
    pgettext("ui.japanese_version", "日本語 (Japanese version, for officials and lawyers)"),
    pgettext("ui.generated", "Made with the self-check on {date}. Rules version {version}. General information, not legal advice."),
    pgettext("ui.checklist_link", "Use the printable checklist instead"),
    pgettext("ui.summary_heading", "In short"),
    pgettext("ui.ban_unclear", "could be longer: see the re-entry ban section"),
    pgettext("ui.translation_incomplete", "Some sentences of this result are shown in English: their translation is missing or out of date."),
    # --- Loading on slow and metered connections ---
    # Translators: {duration} is a length of time in your language's words, e.g. "3 minutes".
    pgettext("ui.loading_slow", "On a slow mobile connection this can take up to {duration}."),
    pgettext("ui.save_data", "Your browser is set to save data, so the check has not been downloaded yet. You can answer the questions first."),
    # Translators: {size} is the download, e.g. "4.9 MB".
    pgettext("ui.load_button", "Download the check ({size})"),
    pgettext("ui.retry", "Try again"),
    # --- The questions in parts ---
    # Translators: {total} is the number of parts (at least 5).
    pgettext("ui.time_estimate", "The questions come in {total} short parts. Most people need 5 to 10 minutes. Every question has \"I don't know\"."),
    # Translators: {number} and {total} are numbers, e.g. "Part 2 of 6".
    pgettext("ui.section_progress", "Part {number} of {total}"),
    pgettext("ui.next", "Next"),
    pgettext("ui.back", "Back"),
    pgettext("ui.review_heading", "Check your answers"),
    pgettext("ui.review_intro", "Check your answers before you see the result. You can change any of them."),
    pgettext("ui.change", "Change"),
    pgettext("ui.not_answered", "Not answered (counts as \"I don't know\")"),
    # --- The result ---
    pgettext("ui.result_outdated", "You changed an answer after this result, so it is out of date. Ask for your result again."),
    pgettext("ui.cleared", "Your answers were cleared."),
    pgettext("ui.undo", "Undo"),
    pgettext("sp.ground_not_applicable", "Does not apply to you (that is normal)"),
    pgettext("sp.grounds_note", "Items 1 to 4 are for a few special cases. Most people rely on item 5: the factors below are weighed together."),
    pgettext("ui.help_link", "Where to get help: addresses and phone numbers"),
    pgettext("ui.cost_heading", "What each path costs"),
    pgettext("cost.departure_order", "Departure order: you pay for your own ticket home (with help from family or friends if needed)."),
    # Translators: keep 自費出国 in brackets, after the glossary's rendering.
    pgettext("cost.deportation", "Deportation: if you leave at your own expense (自費出国), you pay for the ticket."),
    pgettext("cost.advice", "Advice: a lawyer may charge fees. Ask Houterasu (0570-078377) whether free consultation or legal aid is open to you."),
    pgettext("ui.copy_short", "Copy a short version"),
    pgettext("ui.print_summary_heading", "Summary of the self-check"),
    pgettext("ui.key_answers", "Main answers"),
    # --- The command line ---
    pgettext("cli.prompt", "Choose 1-{n} (Enter = I don't know): "),
    pgettext("cli.invalid", "Please type one of the numbers shown."),
    # --- The rule book and checklist ---
    pgettext("doc.reads", "Reads the answers to:"),
    pgettext("doc.listed_when", "Listed when:"),
    pgettext("doc.basis", "Basis:"),
    pgettext("doc.all_requirements", "All of the following must be met."),
    pgettext("doc.questions", "The questions"),
    pgettext("doc.only_if", "Only if:"),
    pgettext("doc.generated", "Generated from the self-check's rules, version {version}."),
    pgettext("doc.contents", "Contents"),
    pgettext("doc.short_heading", "Short version"),
    pgettext("doc.short_departure_order", "The departure order is not possible if any one of these answers is yours:"),
    pgettext("doc.short_bar", "The statutory bar to special permission to stay applies if this answer is yours (special permission is then given only in special circumstances):"),
    pgettext("doc.short_rest", "For everything else, go through the questions and the requirements below: an answer you are unsure of leaves the result open, never closed."),
    # Translators: {requirement} is the title of a requirement of the departure order.
    pgettext("doc.leads_to_not_met", "→ not met: {requirement}"),
    # Translators: {requirement} is the title of a requirement of the departure order.
    pgettext("doc.leads_to_met", "→ met: {requirement}"),
    pgettext("doc.leads_to_bar", "→ the statutory bar to special permission applies"),
))
