"""Drafting variants for the French lexicon (annotations/lexicons/fr.yaml).

Every provision below is invented for this test (my own wording, never a quotation of a law).  The
cases imitate the drafting habits of several French-language legislators: the French code ("Le fait
de ... est puni de ..."), Belgian and Luxembourg codes (future tense, "sera puni de la réclusion"),
Swiss codes ("Quiconque ... est puni d'une peine privative de liberté"), Canadian federal statutes
("commet un acte criminel passible de ..."), West and Central African laws ("Est puni ... quiconque",
francs CFA), the Maghreb (dirhams, dinars, "La peine est portée à ...") and Haiti.  Each case lists
the codes the annotation GUIDELINES would give it and near misses that must stay untagged (a mere
mention, a cross-reference, an aggravation that is not a child definition, an offence catalogue,
a purposes clause, drug trafficking, migrant smuggling...).

Pass counts (80 cases): 52 passed with the lexicon as it was before this suite was written; 80
after the changes (general rules: aggravation shapes, penalty vocabulary, definitions, etc.).
"""

from __future__ import annotations

import pytest
from lexicon_checks import check_case

# (case id, invented text, codes that must be tagged, codes that must not be tagged)
CASES: list[tuple[str, str, list[str], list[str]]] = [
    # --- offence + penalty sentences in several styles ------------------------------------------
    (
        "ca_acte_criminel",
        "Quiconque recrute, transporte, transfère, reçoit, détient ou héberge une personne en vue "
        "de l'exploiter ou de faciliter son exploitation commet un acte criminel passible d'un "
        "emprisonnement maximal de quatorze ans.",
        ["DEF.ACT", "CRIM.OFFENCE", "CRIM.PENALTY"],
        ["CRIM.AGGRAV", "DEF.CHILD"],
    ),
    (
        "sn_est_puni_quiconque",
        "Est puni d'un emprisonnement de cinq à dix ans et d'une amende de cinq à vingt millions de "
        "francs CFA quiconque recrute, transporte ou héberge une personne par la violence, "
        "l'enlèvement ou la fraude, aux fins de l'exploiter.",
        ["DEF.ACT", "DEF.MEANS", "CRIM.OFFENCE", "CRIM.PENALTY"],
        ["CRIM.AGGRAV", "DEF.CHILD"],
    ),
    (
        "ma_penalty_for_named_offence",
        "Est puni de l'emprisonnement de cinq à dix ans et d'une amende de dix mille à cinq cent "
        "mille dirhams quiconque se rend coupable de traite des êtres humains.",
        ["CRIM.PENALTY"],
        ["CRIM.AGGRAV", "DEF.CHILD", "CRIM.ORGANIZE"],
    ),
    (
        "be_future_reclusion",
        "Sera punie de la réclusion de cinq ans à dix ans et d'une amende de cinq cents euros à "
        "cinquante mille euros toute personne qui aura commis une infraction de traite des êtres "
        "humains.",
        ["CRIM.PENALTY"],
        ["CRIM.AGGRAV"],
    ),
    (
        "tn_exploits_prostitution",
        "Est puni de dix ans d'emprisonnement et d'une amende de cinquante mille dinars quiconque "
        "exploite la prostitution d'autrui ou en tire profit de quelque manière que ce soit.",
        ["CRIM.OFFENCE", "CRIM.PENALTY", "DEF.PURPOSE.SEXUAL"],
        ["CRIM.AGGRAV"],
    ),
    (
        "fr_le_fait_de_servitude",
        "Le fait de maintenir une personne dans un état de servitude est puni de dix ans "
        "d'emprisonnement et de trois cent mille euros d'amende.",
        ["CRIM.OFFENCE", "CRIM.PENALTY", "DEF.PURPOSE.SERVITUDE"],
        ["CRIM.AGGRAV"],
    ),
    (
        "ht_reconnue_coupable",
        "Toute personne reconnue coupable de traite des personnes est passible d'une peine de sept "
        "à quinze ans d'emprisonnement et d'une amende de deux cent mille à un million de gourdes.",
        ["CRIM.PENALTY"],
        ["CRIM.AGGRAV", "CRIM.LEGALPERSON"],
    ),
    (
        "africa_pledge_forced_labour_penalty",
        "Seront punis d'une peine de travaux forcés à temps ceux qui auront vendu ou mis en gage un "
        "enfant.",
        ["CRIM.OFFENCE", "CRIM.PENALTY", "DEF.PURPOSE.SLAVERY"],
        ["DEF.PURPOSE.LABOUR", "CRIM.AGGRAV"],
    ),
    (
        "ch_privative_begging",
        "Quiconque contraint une personne à mendier et s'approprie tout ou partie des sommes "
        "recueillies est puni d'une peine privative de liberté de cinq ans au plus ou d'une peine "
        "pécuniaire.",
        ["CRIM.OFFENCE", "CRIM.PENALTY", "DEF.PURPOSE.OTHER"],
        ["CRIM.AGGRAV"],
    ),
    # --- aggravations: AGGRAV + PENALTY, never OFFENCE or DEF.CHILD ----------------------------
    (
        "fr_lorsque_commise_mineur",
        "L'infraction de traite des êtres humains est punie de quinze ans de réclusion criminelle "
        "lorsqu'elle est commise à l'égard d'un mineur.",
        ["CRIM.AGGRAV", "CRIM.PENALTY", "SDG:16.2"],
        ["DEF.CHILD", "CRIM.OFFENCE"],
    ),
    (
        "double_under_18",
        "Les peines prévues pour la traite des personnes sont portées au double lorsque la victime "
        "est âgée de moins de dix-huit ans.",
        ["CRIM.AGGRAV", "CRIM.PENALTY"],
        ["DEF.CHILD", "CRIM.OFFENCE"],
    ),
    (
        "tn_la_peine_est_band",
        "La peine est de vingt ans d'emprisonnement si la traite des personnes a été commise par "
        "une bande organisée ou par un fonctionnaire dans l'exercice de ses fonctions.",
        ["CRIM.AGGRAV", "CRIM.PENALTY", "CRIM.ORGANIZE"],
        ["CRIM.OFFENCE"],
    ),
    (
        "be_coupable_encourt_list",
        "Le coupable de la traite encourt la réclusion de dix à quinze ans : 1° s'il a employé des "
        "violences ou des menaces ; 2° si la victime a été mise en danger de mort.",
        ["CRIM.AGGRAV", "CRIM.PENALTY", "DEF.MEANS"],
        ["CRIM.OFFENCE", "DEF.CHILD"],
    ),
    (
        "ch_metier_minor",
        "La peine est une peine privative de liberté d'un an au moins si la victime est mineure ou "
        "si l'auteur fait métier de la traite d'êtres humains.",
        ["CRIM.AGGRAV", "CRIM.PENALTY"],
        ["DEF.CHILD", "CRIM.OFFENCE"],
    ),
    (
        "death_perpetuity",
        "Lorsque l'exploitation de la victime de la traite a entraîné sa mort, le coupable encourt "
        "la réclusion à perpétuité.",
        ["CRIM.AGGRAV", "CRIM.PENALTY"],
        ["CRIM.OFFENCE"],
    ),
    (
        "ma_groupe_organise",
        "La peine est la réclusion de vingt à trente ans lorsque l'infraction de traite des êtres "
        "humains est commise par un groupe criminel organisé.",
        ["CRIM.AGGRAV", "CRIM.PENALTY", "CRIM.ORGANIZE"],
        ["CRIM.OFFENCE", "DEF.CHILD"],
    ),
    (
        "concert_two_persons",
        "Les peines encourues pour la traite sont aggravées lorsque l'infraction est commise par "
        "deux ou plusieurs personnes agissant de concert.",
        ["CRIM.AGGRAV", "CRIM.PENALTY", "CRIM.ORGANIZE"],
        ["CRIM.OFFENCE"],
    ),
    (
        "aggravation_list_future",
        "Le maximum de la peine prévue pour la traite des personnes sera élevé à vingt ans de "
        "détention si l'infraction a été commise sur une femme enceinte ou par un ascendant de la "
        "victime.",
        ["CRIM.AGGRAV", "CRIM.PENALTY"],
        ["CRIM.OFFENCE", "DEF.CHILD"],
    ),
    (
        "recidivism_only",
        "En cas de récidive, les peines d'emprisonnement prévues pour la traite des personnes sont "
        "doublées.",
        ["CRIM.PENALTY"],
        ["CRIM.AGGRAV", "CRIM.OFFENCE"],
    ),
    # --- DEF.CHILD ----------------------------------------------------------------------------
    (
        "child_on_entend_par",
        "Au sens de la présente loi, on entend par enfant tout être humain âgé de moins de "
        "dix-huit ans.",
        ["DEF.CHILD"],
        ["CRIM.OFFENCE", "CRIM.AGGRAV"],
    ),
    (
        "child_colon_list",
        "Pour l'application de la présente loi : a) enfant : toute personne âgée de moins de dix-huit "
        "ans ; b) victime : toute personne qui a subi un préjudice du fait de la traite.",
        ["DEF.CHILD"],
        ["CRIM.OFFENCE"],
    ),
    (
        "child_designe",
        "Le terme « enfant » désigne toute personne qui n'a pas atteint l'âge de dix-huit ans.",
        ["DEF.CHILD"],
        [],
    ),
    (
        "child_no_means",
        "Le recrutement, le transport, l'hébergement ou l'accueil d'un enfant aux fins "
        "d'exploitation est considéré comme une traite des personnes même s'il ne fait appel à "
        "aucun des moyens énoncés à l'article précédent.",
        ["DEF.CHILD", "DEF.ACT"],
        ["CRIM.AGGRAV"],
    ),
    (
        "child_consent_sans_effet",
        "Le consentement d'un enfant victime de la traite à l'exploitation envisagée est sans "
        "effet.",
        ["DEF.CHILD", "DEF.CONSENT"],
        ["CRIM.AGGRAV"],
    ),
    (
        "child_no_means_lorsque",
        "Lorsque la victime est un enfant, l'infraction de traite est constituée même en l'absence "
        "de l'un des moyens visés au premier alinéa.",
        ["DEF.CHILD"],
        ["CRIM.AGGRAV"],
    ),
    (
        "child_specific_offence",
        "Quiconque recrute, transporte ou héberge un mineur en vue de son exploitation est puni de "
        "dix ans d'emprisonnement.",
        ["DEF.CHILD", "DEF.ACT", "CRIM.OFFENCE", "CRIM.PENALTY"],
        ["CRIM.AGGRAV"],
    ),
    (
        "not_child_aggravation",
        "Les peines de la traite des êtres humains sont portées à vingt ans de réclusion lorsque la "
        "victime est un mineur de moins de dix-huit ans.",
        ["CRIM.AGGRAV", "CRIM.PENALTY"],
        ["DEF.CHILD"],
    ),
    (
        "not_child_register",
        "Le registre du personnel mentionne le nom, l'adresse et la date de naissance des salariés, "
        "y compris ceux âgés de moins de dix-huit ans.",
        [],
        ["DEF.CHILD", "CRIM.OFFENCE"],
    ),
    (
        "not_child_assistance",
        "Les enfants victimes de la traite âgés de moins de dix-huit ans bénéficient d'une prise en "
        "charge adaptée et d'un hébergement par les services de protection de l'enfance.",
        ["VIC.CHILD", "VIC.ASSISTANCE"],
        ["DEF.CHILD", "CRIM.OFFENCE"],
    ),
    # --- DEF.MEANS ----------------------------------------------------------------------------
    (
        "means_deceit_authority",
        "Est puni de sept ans d'emprisonnement quiconque, en usant de tromperie ou en abusant de "
        "l'autorité qu'il exerce sur elle, amène une personne à se prostituer.",
        ["DEF.MEANS", "CRIM.OFFENCE", "CRIM.PENALTY", "DEF.PURPOSE.SEXUAL"],
        ["CRIM.AGGRAV"],
    ),
    (
        "means_protocol_list",
        "La traite des personnes désigne le recrutement ou l'hébergement de personnes par la menace "
        "de recours ou le recours à la force, par enlèvement, fraude, abus d'autorité ou d'une "
        "situation de vulnérabilité, ou par l'offre de paiements, aux fins d'exploitation.",
        ["DEF.MEANS", "DEF.ACT"],
        ["CRIM.AGGRAV"],
    ),
    (
        "means_vulnerability_profit",
        "Quiconque, profitant de la situation de dépendance d'une personne, la soumet à des "
        "conditions de travail contraires à la dignité humaine est puni de cinq ans "
        "d'emprisonnement.",
        ["DEF.MEANS", "CRIM.OFFENCE", "CRIM.PENALTY", "DEF.PURPOSE.OTHER"],
        [],
    ),
    (
        "not_means_smuggling",
        "Quiconque facilite par la fraude l'entrée irrégulière d'un étranger sur le territoire est "
        "puni de cinq ans d'emprisonnement.",
        ["SDG:10.7"],
        ["DEF.MEANS", "CRIM.OFFENCE", "DEF.ACT"],
    ),
    # --- CRIM.ACCOMPLICE ----------------------------------------------------------------------
    (
        "accomplice_aide_assiste",
        "Est puni des mêmes peines que l'auteur quiconque aide ou assiste sciemment la commission "
        "de l'infraction de traite.",
        ["CRIM.ACCOMPLICE"],
        ["CRIM.ORGANIZE"],
    ),
    (
        "accomplice_punis_comme_auteurs",
        "Les complices des infractions de traite prévues au présent chapitre sont punis comme les "
        "auteurs.",
        ["CRIM.ACCOMPLICE"],
        ["CRIM.ATTEMPT"],
    ),
    (
        "accomplice_conseille_ca",
        "Quiconque conseille à une personne de commettre la traite de personnes ou l'encourage à la "
        "commettre est coupable d'un acte criminel.",
        ["CRIM.ACCOMPLICE"],
        [],
    ),
    (
        "accomplice_provoque_instructions",
        "Celui qui aura provoqué à la traite des êtres humains ou donné des instructions pour la "
        "commettre sera puni de la réclusion.",
        ["CRIM.ACCOMPLICE", "CRIM.PENALTY"],
        [],
    ),
    (
        "not_accomplice_victim",
        "La victime de la traite qui a participé à une infraction sous la contrainte n'est pas "
        "punissable.",
        ["VIC.NONPUNISH"],
        ["CRIM.ACCOMPLICE", "CRIM.OFFENCE"],
    ),
    # --- CRIM.ORGANIZE ------------------------------------------------------------------------
    (
        "organize_participation",
        "Le fait de participer à une association de malfaiteurs en vue de commettre la traite des "
        "personnes est puni de dix ans d'emprisonnement.",
        ["CRIM.ORGANIZE", "CRIM.PENALTY"],
        ["CRIM.AGGRAV"],
    ),
    (
        "organize_direct",
        "Quiconque dirige ou organise un groupe criminel organisé se livrant à l'exploitation "
        "d'autrui est puni de vingt ans de réclusion.",
        ["CRIM.ORGANIZE", "CRIM.PENALTY"],
        [],
    ),
    (
        "organize_complot",
        "Quiconque complote avec une autre personne en vue de commettre la traite de personnes est "
        "coupable d'un acte criminel.",
        ["CRIM.ORGANIZE"],
        [],
    ),
    (
        "not_organize_definition",
        "On entend par groupe criminel organisé un groupe structuré de trois personnes ou plus "
        "existant depuis un certain temps et agissant de concert dans le but de commettre la traite "
        "ou d'autres infractions graves.",
        ["SDG:16.4"],
        ["CRIM.ORGANIZE", "CRIM.AGGRAV"],
    ),
    # --- CRIM.ATTEMPT -------------------------------------------------------------------------
    (
        "attempt_chapter",
        "La tentative des délits prévus au présent chapitre est punie des mêmes peines.",
        ["CRIM.ATTEMPT"],
        [],
    ),
    (
        "attempt_punissable",
        "La tentative de traite des personnes est punissable.",
        ["CRIM.ATTEMPT"],
        [],
    ),
    (
        "attempt_tente_article",
        "Quiconque tente de commettre l'infraction de traite visée à l'article 3 est passible de la "
        "moitié de la peine prévue.",
        ["CRIM.ATTEMPT"],
        [],
    ),
    (
        "not_attempt_conciliation",
        "La victime de la traite est convoquée à une tentative de conciliation devant le juge du "
        "travail.",
        [],
        ["CRIM.ATTEMPT"],
    ),
    # --- DEF.PURPOSE.OTHER / SEXUAL -----------------------------------------------------------
    (
        "other_mendicite_organise",
        "Le fait d'organiser la mendicité d'autrui en vue d'en tirer profit est puni de cinq ans "
        "d'emprisonnement.",
        ["DEF.PURPOSE.OTHER", "CRIM.OFFENCE", "CRIM.PENALTY"],
        [],
    ),
    (
        "other_forced_crime",
        "L'exploitation comprend notamment le fait de contraindre une personne à commettre des "
        "délits, le mariage forcé et l'adoption illégale.",
        ["DEF.PURPOSE.OTHER"],
        [],
    ),
    (
        "not_other_forced_marriage_alone",
        "Le fait de contraindre une personne à contracter un mariage est puni de trois ans "
        "d'emprisonnement.",
        ["SDG:5.3"],
        ["DEF.PURPOSE.OTHER"],
    ),
    (
        "sexual_assimile",
        "Est assimilé au proxénétisme le fait de servir d'intermédiaire entre une personne qui se "
        "prostitue et une personne qui l'exploite.",
        ["DEF.PURPOSE.SEXUAL"],
        [],
    ),
    (
        "sexual_maison",
        "Quiconque tient, dirige ou finance une maison de prostitution est puni de cinq ans "
        "d'emprisonnement.",
        ["DEF.PURPOSE.SEXUAL", "CRIM.OFFENCE", "CRIM.PENALTY"],
        [],
    ),
    # --- CRIM.USESERVICES ---------------------------------------------------------------------
    (
        "use_sexual_victim",
        "Le fait de solliciter des relations sexuelles d'une personne dont on sait qu'elle est "
        "victime de la traite, en échange d'une rémunération, est puni de trois ans "
        "d'emprisonnement.",
        ["CRIM.USESERVICES"],
        ["CRIM.OFFENCE"],
    ),
    (
        "use_labour_victim",
        "Quiconque utilise sciemment le travail d'une personne victime de la traite est puni de "
        "deux ans d'emprisonnement.",
        ["CRIM.USESERVICES", "CRIM.PENALTY"],
        [],
    ),
    # --- CRIM.LEGALPERSON ---------------------------------------------------------------------
    (
        "legal_person_quintuple",
        "Les personnes morales déclarées pénalement responsables de la traite encourent une amende "
        "égale au quintuple de celle prévue pour les personnes physiques.",
        ["CRIM.LEGALPERSON", "CRIM.PENALTY"],
        [],
    ),
    (
        "legal_person_entreprise",
        "Lorsque la traite est commise pour le compte d'une entreprise, celle-ci est passible d'une "
        "amende de cinquante millions de francs CFA et de la fermeture de ses locaux.",
        ["CRIM.LEGALPERSON"],
        [],
    ),
    (
        "not_legal_person_director",
        "La peine est portée à quinze ans de réclusion lorsque la traite est commise par le "
        "dirigeant d'une personne morale dans l'exercice de ses fonctions.",
        ["CRIM.AGGRAV", "CRIM.PENALTY"],
        ["CRIM.LEGALPERSON"],
    ),
    # --- CRIM.CONFISCATION --------------------------------------------------------------------
    (
        "confiscation_ordered",
        "Le tribunal ordonne la confiscation des biens ayant servi à commettre l'infraction de "
        "traite ou qui en sont le produit.",
        ["CRIM.CONFISCATION"],
        [],
    ),
    (
        "confiscation_frozen",
        "Les avoirs des auteurs de la traite peuvent être gelés ou saisis dès l'ouverture de "
        "l'enquête.",
        ["CRIM.CONFISCATION"],
        [],
    ),
    (
        "confiscation_acquis_etat",
        "Les biens meubles et immeubles acquis au moyen de la traite des personnes sont acquis à "
        "l'État par décision du tribunal.",
        ["CRIM.CONFISCATION"],
        [],
    ),
    # --- victims ------------------------------------------------------------------------------
    (
        "assist_shelter_medical",
        "Les victimes de la traite bénéficient d'un hébergement sûr, d'une assistance médicale et "
        "psychologique et d'une aide juridique gratuite.",
        ["VIC.ASSISTANCE", "VIC.PROCEEDINGS"],
        ["CRIM.PENALTY"],
    ),
    (
        "assist_state_duty",
        "L'État veille à ce que les victimes aient accès à un logement approprié, à des soins de "
        "santé et à une aide à la réinsertion professionnelle.",
        ["VIC.ASSISTANCE"],
        [],
    ),
    (
        "vic_child_adhoc",
        "Un administrateur ad hoc est désigné pour représenter l'enfant victime de la traite "
        "lorsque ses représentants légaux n'assurent pas la protection de ses intérêts.",
        ["VIC.CHILD"],
        ["DEF.CHILD"],
    ),
    (
        "vic_child_hearing_recorded",
        "L'audition de l'enfant victime d'exploitation sexuelle fait l'objet d'un enregistrement "
        "audiovisuel.",
        ["VIC.CHILD"],
        ["DEF.CHILD", "CRIM.OFFENCE"],
    ),
    (
        "safety_intimidation",
        "Les autorités prennent les mesures nécessaires pour assurer la sécurité physique des "
        "victimes de la traite et de leur famille contre toute forme d'intimidation.",
        ["VIC.SAFETY"],
        [],
    ),
    (
        "privacy_publish",
        "Il est interdit de publier toute information permettant d'identifier une victime de la "
        "traite.",
        ["VIC.PRIVACY"],
        ["VIC.IDENTIFY"],
    ),
    (
        "privacy_huis_clos",
        "À la demande de la victime de l'exploitation, les débats ont lieu à huis clos.",
        ["VIC.PRIVACY"],
        [],
    ),
    (
        "proceedings_language_lawyer",
        "La victime de la traite est informée de ses droits dans une langue qu'elle comprend et peut "
        "se faire assister d'un avocat.",
        ["VIC.PROCEEDINGS"],
        [],
    ),
    # --- catalogues, purposes clauses, other traffic ------------------------------------------
    (
        "not_catalogue",
        "Le prélèvement biologique est effectué sur les personnes condamnées pour l'une des "
        "infractions suivantes : meurtre (article 221-1), traite des êtres humains (article "
        "225-4-1), proxénétisme (article 225-5).",
        [],
        ["CRIM.OFFENCE", "CRIM.PENALTY", "DEF.PURPOSE.SEXUAL", "CRIM.AGGRAV"],
    ),
    (
        "not_policy",
        "La présente loi a pour objet de prévenir et de réprimer la traite des personnes et de "
        "protéger les victimes.",
        [],
        ["CRIM.OFFENCE", "CRIM.PENALTY", "CRIM.AGGRAV"],
    ),
    (
        "not_drugs",
        "Le trafic de stupéfiants commis en bande organisée est puni de trente ans de réclusion "
        "criminelle.",
        ["SDG:16.4"],
        ["CRIM.OFFENCE", "CRIM.PENALTY", "CRIM.AGGRAV", "CRIM.ORGANIZE"],
    ),
    # --- more drafting shapes -------------------------------------------------------------------
    (
        "cd_servitude_penale_is_a_penalty",
        "Sont punis de cinq à dix ans de servitude pénale ceux qui ont recruté ou transporté des "
        "femmes en vue de leur exploitation sexuelle.",
        ["CRIM.OFFENCE", "CRIM.PENALTY", "DEF.ACT", "DEF.PURPOSE.SEXUAL"],
        ["DEF.PURPOSE.SERVITUDE", "CRIM.AGGRAV"],
    ),
    (
        "fr_le_fait_comma_clause",
        "Le fait, en abusant de la vulnérabilité ou de la situation de dépendance d'une personne, "
        "d'obtenir d'elle des services non rétribués est puni de cinq ans d'emprisonnement.",
        ["DEF.MEANS", "CRIM.OFFENCE", "CRIM.PENALTY", "DEF.PURPOSE.OTHER"],
        ["CRIM.AGGRAV"],
    ),
    (
        "aggrav_condition_first",
        "Si l'auteur de la traite a abusé de la détresse de la victime ou l'a exposée à un danger "
        "grave pour sa santé, la peine est une peine privative de liberté de trois ans au moins.",
        ["CRIM.AGGRAV", "CRIM.PENALTY"],
        ["CRIM.OFFENCE"],
    ),
    (
        "ca_sentencing_factor",
        "Le tribunal tient compte, pour infliger la peine au coupable de traite de personnes, de ce "
        "que l'infraction a été commise au profit d'une organisation criminelle.",
        ["CRIM.AGGRAV", "CRIM.ORGANIZE"],
        ["CRIM.OFFENCE"],
    ),
    (
        "child_def_ayant_pas_atteint",
        "Au sens de la présente loi, on entend par « enfant » toute personne n'ayant pas atteint "
        "dix-huit ans accomplis.",
        ["DEF.CHILD"],
        ["CRIM.OFFENCE"],
    ),
    (
        "sale_of_child_verbs",
        "Quiconque vend un enfant, le cède ou l'achète, à quelque fin que ce soit, est puni de dix "
        "à vingt ans d'emprisonnement.",
        ["CRIM.OFFENCE", "CRIM.PENALTY", "DEF.PURPOSE.SLAVERY"],
        ["CRIM.AGGRAV"],
    ),
    (
        "accomplice_facilite_incise",
        "Est puni des peines prévues à l'article 4 quiconque facilite sciemment, de quelque manière "
        "que ce soit, la traite d'une personne.",
        ["CRIM.ACCOMPLICE", "CRIM.PENALTY"],
        [],
    ),
    (
        "use_profit_forced_labour",
        "Quiconque, en connaissance de cause, tire profit des services d'une personne soumise au "
        "travail forcé est puni de trois ans d'emprisonnement.",
        ["CRIM.USESERVICES", "CRIM.PENALTY"],
        [],
    ),
    (
        "not_confiscation_of_papers",
        "Le fait de confisquer les documents d'identité d'une personne en vue de l'exploiter est "
        "puni de cinq ans d'emprisonnement.",
        ["CRIM.OFFENCE", "CRIM.PENALTY"],
        ["CRIM.CONFISCATION"],
    ),
    (
        "not_policy_chapter",
        "Le présent chapitre a pour but de lutter contre l'exploitation sexuelle et de protéger les "
        "victimes.",
        [],
        ["DEF.PURPOSE.SEXUAL", "CRIM.OFFENCE", "CRIM.PENALTY"],
    ),
]


@pytest.mark.parametrize(("name", "text", "must", "must_not"), CASES, ids=[c[0] for c in CASES])
def test_drafting_variant(name: str, text: str, must: list[str], must_not: list[str]) -> None:
    check_case(name, text, "fr", must, must_not)
