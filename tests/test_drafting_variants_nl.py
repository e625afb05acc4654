"""Drafting-variant suite for the Dutch lexicon (annotations/lexicons/nl.yaml).

Short provisions invented for this test (no statute text) in the drafting styles of the
Netherlands ("Als schuldig aan ... wordt gestraft ...: hij die ..."), Belgium ("Wordt gestraft met
opsluiting van ... jaar tot ... jaar ...", "in de volgende gevallen: 1° wanneer ...") and Suriname
("wordt bestraft met ... en een geldboete van ten hoogste ... SRD"); near misses: drugs, smuggling,
purpose clauses, a definition of a criminal organisation, business "exploitatie".

Before the lexicon changes: 41 of 51 cases passed (36 of the first 43, then 5 of 6 and 0 of 2
added in later rounds); after: 51 of 51.
"""

from __future__ import annotations

import pytest
from lexicon_checks import check_case

LANG = "nl"

# (case id, invented text, codes that must be tagged, codes that must not be tagged)
CASES: list[tuple[str, str, list[str], list[str]]] = [
    # --- offences and penalties ---------------------------------------------------------------
    (
        "offence-be",
        "Wordt gestraft met opsluiting van vijf jaar tot tien jaar en met een geldboete van "
        "vijfhonderd euro tot vijftigduizend euro, hij die een persoon werft, vervoert of huisvest "
        "met het oog op de seksuele uitbuiting van die persoon.",
        ["CRIM.OFFENCE", "CRIM.PENALTY", "DEF.ACT", "DEF.PURPOSE.SEXUAL"],
        [],
    ),
    (
        "offence-nl-schuldig",
        "Hij die een ander door misleiding of misbruik van een kwetsbare positie werft met het "
        "oogmerk van uitbuiting van die ander, maakt zich schuldig aan mensenhandel en wordt "
        "gestraft met gevangenisstraf van ten hoogste twaalf jaren.",
        ["CRIM.OFFENCE", "CRIM.PENALTY", "DEF.MEANS", "DEF.ACT"],
        [],
    ),
    (
        "offence-sr-bestraft",
        "Mensenhandel wordt bestraft met een gevangenisstraf van ten hoogste twintig jaren en een "
        "geldboete van ten hoogste vijfhonderdduizend SRD.",
        ["CRIM.OFFENCE", "CRIM.PENALTY"],
        [],
    ),
    (
        "offence-verbod",
        "Het is verboden een persoon uit te buiten door middel van dwangarbeid; overtreding van "
        "dit verbod wordt gestraft met gevangenisstraf van ten hoogste zes jaren.",
        ["CRIM.OFFENCE", "CRIM.PENALTY", "DEF.PURPOSE.LABOUR"],
        [],
    ),
    # --- aggravations -------------------------------------------------------------------------
    (
        "aggrav-be-list",
        "De misdrijven van mensenhandel worden gestraft met opsluiting van vijftien jaar tot "
        "twintig jaar in de volgende gevallen: 1° wanneer het misdrijf werd gepleegd ten aanzien "
        "van een minderjarige; 2° wanneer het leven van het slachtoffer in gevaar werd gebracht.",
        ["CRIM.AGGRAV", "CRIM.PENALTY", "SDG:16.2"],
        ["DEF.CHILD"],
    ),
    (
        "aggrav-nl-letsel",
        "Gevangenisstraf van ten hoogste vijftien jaren wordt opgelegd indien het feit van "
        "mensenhandel zwaar lichamelijk letsel ten gevolge heeft.",
        ["CRIM.AGGRAV", "CRIM.PENALTY"],
        [],
    ),
    (
        "aggrav-derde",
        "De gevangenisstraf gesteld op mensenhandel kan met een derde worden verhoogd indien de "
        "schuldige een ambtenaar is.",
        ["CRIM.AGGRAV", "CRIM.PENALTY"],
        [],
    ),
    (
        "aggrav-verdubbeld-organisation",
        "De straf wordt verdubbeld wanneer het misdrijf van mensenhandel gepleegd wordt in het "
        "kader van een criminele organisatie.",
        ["CRIM.AGGRAV", "CRIM.ORGANIZE", "CRIM.PENALTY", "SDG:16.4"],
        [],
    ),
    (
        "aggrav-death",
        "Indien het feit van uitbuiting de dood ten gevolge heeft, wordt levenslange "
        "gevangenisstraf of tijdelijke van ten hoogste dertig jaren opgelegd.",
        ["CRIM.AGGRAV", "CRIM.PENALTY"],
        [],
    ),
    (
        "aggrav-gewoonte-sr",
        "Wordt het misdrijf van mensenhandel door twee of meer personen of als gewoonte gepleegd, "
        "dan is de straf gevangenisstraf van ten hoogste achttien jaren.",
        ["CRIM.AGGRAV", "CRIM.ORGANIZE", "CRIM.PENALTY"],
        [],
    ),
    # --- definitions --------------------------------------------------------------------------
    (
        "child-no-means-be",
        "Wanneer het slachtoffer een minderjarige is, wordt het misdrijf van mensenhandel "
        "gepleegd ongeacht het gebruik van een van de in het eerste lid bedoelde middelen.",
        ["DEF.CHILD", "SDG:16.2"],
        [],
    ),
    (
        "child-age",
        "Voor de toepassing van deze wet wordt onder kind verstaan: iedere persoon jonger dan "
        "achttien jaar.",
        ["DEF.CHILD"],
        [],
    ),
    (
        "child-branch-sr",
        "Hij die een persoon die de leeftijd van achttien jaren nog niet heeft bereikt werft, "
        "vervoert of huisvest met het oogmerk van uitbuiting, wordt gestraft met gevangenisstraf "
        "van ten hoogste vijftien jaren.",
        ["DEF.CHILD", "CRIM.OFFENCE", "DEF.ACT"],
        [],
    ),
    (
        "child-consent",
        "De toestemming van een minderjarige tot de beoogde uitbuiting is zonder belang.",
        ["DEF.CONSENT", "DEF.CHILD"],
        [],
    ),
    (
        "means-be",
        "Het misdrijf bestaat ook wanneer de uitbuiting plaatsvindt door gebruik te maken van "
        "geweld of bedreiging, door ontvoering of door misbruik te maken van de kwetsbare positie "
        "van de persoon.",
        ["DEF.MEANS"],
        [],
    ),
    (
        "means-payments",
        "Onder middelen wordt ook verstaan het geven of ontvangen van betalingen of voordelen om de "
        "instemming te verkrijgen van een persoon die zeggenschap heeft over het slachtoffer, met "
        "het oogmerk van uitbuiting.",
        ["DEF.MEANS"],
        [],
    ),
    (
        "purpose-other-crime-be",
        "Mensenhandel omvat ook de werving van een persoon met het oog op het laten plegen van een "
        "misdaad of een wanbedrijf tegen zijn wil.",
        ["DEF.PURPOSE.OTHER"],
        [],
    ),
    (
        "purpose-other-begging-be",
        "Er is mensenhandel wanneer een persoon wordt vervoerd met het oog op de exploitatie van "
        "bedelarij.",
        ["DEF.PURPOSE.OTHER"],
        [],
    ),
    (
        "purpose-sexual-be",
        "Er is mensenhandel wanneer een persoon wordt gehuisvest met het oog op de exploitatie van "
        "prostitutie of andere vormen van seksueel misbruik.",
        ["DEF.PURPOSE.SEXUAL"],
        [],
    ),
    (
        "purpose-labour-be",
        "Er is mensenhandel wanneer een persoon wordt geworven met het oog op tewerkstelling of het "
        "verrichten van arbeid of diensten in omstandigheden die in strijd zijn met de menselijke "
        "waardigheid.",
        ["DEF.PURPOSE.LABOUR"],
        [],
    ),
    # --- general part -------------------------------------------------------------------------
    (
        "accomplice-be-aangezet",
        "Als daders worden gestraft zij die door giften of beloften tot het misdrijf rechtstreeks "
        "hebben aangezet.",
        ["CRIM.ACCOMPLICE"],
        [],
    ),
    (
        "accomplice-be-hulp",
        "Als medeplichtigen worden gestraft zij die wetens hulp hebben verleend tot het plegen van "
        "een misdaad.",
        ["CRIM.ACCOMPLICE"],
        [],
    ),
    (
        "organize-be",
        "Iedere persoon die deel uitmaakt van een criminele organisatie wordt gestraft met "
        "opsluiting van vijf jaar tot tien jaar.",
        ["CRIM.ORGANIZE"],
        [],
    ),
    (
        "organize-nl",
        "Deelneming aan een organisatie die tot oogmerk heeft het plegen van misdrijven, wordt "
        "gestraft met gevangenisstraf van ten hoogste zes jaren.",
        ["CRIM.ORGANIZE"],
        [],
    ),
    (
        "attempt-offence",
        "Poging tot het plegen van mensenhandel wordt gestraft met gevangenisstraf van een jaar tot "
        "drie jaar.",
        ["CRIM.ATTEMPT"],
        [],
    ),
    (
        "attempt-be-general",
        "Er is strafbare poging wanneer het voornemen om een misdaad te plegen zich heeft geuit door "
        "uitwendige daden die een begin van uitvoering van die misdaad uitmaken.",
        ["CRIM.ATTEMPT"],
        [],
    ),
    (
        "confiscation-be",
        "De bijzondere verbeurdverklaring wordt toegepast op de zaken die uit het misdrijf zijn "
        "voortgekomen.",
        ["CRIM.CONFISCATION"],
        [],
    ),
    (
        "confiscation-nl",
        "Op vordering van het openbaar ministerie kan de rechter een maatregel opleggen tot "
        "ontneming van wederrechtelijk verkregen voordeel.",
        ["CRIM.CONFISCATION"],
        [],
    ),
    (
        "legalperson-be",
        "Iedere rechtspersoon is strafrechtelijk verantwoordelijk voor misdrijven die voor zijn "
        "rekening zijn gepleegd.",
        ["CRIM.LEGALPERSON"],
        [],
    ),
    (
        "legalperson-closure",
        "De rechter kan de sluiting bevelen van de onderneming waarin het misdrijf van "
        "mensenhandel werd gepleegd.",
        ["CRIM.LEGALPERSON"],
        [],
    ),
    (
        "useservices-labour",
        "Hij die arbeid of diensten afneemt van een persoon terwijl hij weet dat die persoon "
        "slachtoffer is van mensenhandel, wordt gestraft.",
        ["CRIM.USESERVICES"],
        [],
    ),
    (
        "useservices-minor",
        "Hij die seksuele handelingen verricht met een minderjarige tegen betaling, wordt gestraft "
        "met gevangenisstraf van ten hoogste vier jaren.",
        ["CRIM.USESERVICES"],
        [],
    ),
    # --- victims ------------------------------------------------------------------------------
    (
        "assistance-be",
        "De slachtoffers van mensenhandel ontvangen opvang en medische, psychologische en "
        "juridische begeleiding in een gespecialiseerd opvangcentrum.",
        ["VIC.ASSISTANCE"],
        ["CRIM.OFFENCE"],
    ),
    (
        "assistance-sr",
        "De Staat draagt zorg voor de opvang en de maatschappelijke re-integratie van slachtoffers "
        "van mensenhandel.",
        ["VIC.ASSISTANCE"],
        [],
    ),
    (
        "vic-child-guardian",
        "Voor een minderjarig slachtoffer van mensenhandel wordt onverwijld een voogd aangewezen.",
        ["VIC.CHILD", "SDG:16.2"],
        ["DEF.CHILD"],
    ),
    (
        "vic-safety",
        "Het slachtoffer van mensenhandel en zijn familieleden worden beschermd tegen intimidatie "
        "en represailles.",
        ["VIC.SAFETY"],
        [],
    ),
    (
        "vic-privacy",
        "De identiteit van het slachtoffer wordt niet openbaar gemaakt.",
        ["VIC.PRIVACY"],
        [],
    ),
    (
        "vic-proceedings",
        "Het slachtoffer heeft recht op kosteloze bijstand van een tolk en een advocaat tijdens de "
        "strafprocedure.",
        ["VIC.PROCEEDINGS"],
        [],
    ),
    # --- near misses --------------------------------------------------------------------------
    (
        "neg-drugs",
        "Hij die handel drijft in verdovende middelen wordt gestraft met gevangenisstraf van ten "
        "hoogste acht jaren.",
        [],
        ["CRIM.OFFENCE", "CRIM.PENALTY", "DEF.ACT"],
    ),
    (
        "neg-purpose-clause",
        "Deze wet heeft tot doel mensenhandel te voorkomen en te bestrijden.",
        [],
        ["CRIM.OFFENCE", "CRIM.PENALTY"],
    ),
    (
        "neg-orgdef",
        "Onder criminele organisatie wordt verstaan de gestructureerde vereniging van meer dan twee "
        "personen.",
        ["SDG:16.4"],
        ["CRIM.ORGANIZE", "CRIM.AGGRAV"],
    ),
    (
        "neg-business",
        "De exploitatie van een horecabedrijf is vergunningplichtig.",
        [],
        ["DEF.PURPOSE.SEXUAL", "CRIM.OFFENCE", "DEF.PURPOSE.LABOUR"],
    ),
    (
        "neg-smuggling-gang",
        "Hij die als lid van een bende mensensmokkel pleegt, wordt gestraft met gevangenisstraf.",
        ["SDG:10.7"],
        ["CRIM.ORGANIZE", "CRIM.AGGRAV", "CRIM.OFFENCE"],
    ),
    # --- second round ----------------------------------------------------------------------------
    (
        "useservices-be-employs",
        "Met een gevangenisstraf van zes maanden tot drie jaar wordt gestraft hij die een "
        "slachtoffer van mensenhandel tewerkstelt terwijl hij weet dat het om een slachtoffer gaat.",
        ["CRIM.USESERVICES"],
        [],
    ),
    (
        "assistance-state",
        "De Staat draagt zorg voor passende huisvesting, medische zorg en juridische bijstand aan "
        "slachtoffers van mensenhandel.",
        ["VIC.ASSISTANCE", "VIC.PROCEEDINGS"],
        ["CRIM.OFFENCE"],
    ),
    (
        "legalperson-nl",
        "Indien een strafbaar feit wordt begaan door een rechtspersoon, kan de strafvervolging "
        "worden ingesteld tegen die rechtspersoon.",
        ["CRIM.LEGALPERSON"],
        [],
    ),
    (
        "confiscation-be-verbeurd",
        "De zaken die het voorwerp van het misdrijf van mensenhandel uitmaken, worden verbeurd "
        "verklaard, zelfs indien zij niet het eigendom zijn van de veroordeelde.",
        ["CRIM.CONFISCATION"],
        [],
    ),
    (
        "safety-video",
        "Het slachtoffer van mensenhandel kan worden gehoord via een videoverbinding om een "
        "confrontatie met de beklaagde te vermijden.",
        ["VIC.SAFETY"],
        [],
    ),
    (
        "neg-licence-sex-business",
        "De burgemeester verleent een vergunning voor de exploitatie van een seksinrichting.",
        [],
        ["CRIM.OFFENCE", "CRIM.PENALTY"],
    ),
    (
        "proceedings-progress",
        "Het slachtoffer heeft het recht om over de voortgang van de strafzaak te worden "
        "geïnformeerd.",
        ["VIC.PROCEEDINGS"],
        [],
    ),
    (
        "legalperson-closure-temporary",
        "De rechter kan de tijdelijke of definitieve sluiting van de inrichting bevelen waar de "
        "uitbuiting heeft plaatsgevonden.",
        ["CRIM.LEGALPERSON"],
        [],
    ),
]


@pytest.mark.parametrize(("name", "text", "must", "must_not"), CASES, ids=[c[0] for c in CASES])
def test_nl_drafting_variants(name: str, text: str, must: list[str], must_not: list[str]) -> None:
    check_case(name, text, LANG, must, must_not)
