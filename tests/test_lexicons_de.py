"""German and Dutch lexicons (annotations/lexicons/de.yaml, nl.yaml) and the language-neutral cues
(xx.yaml): structure, and table-driven positive and near-miss cases.  Every sentence here is invented for the tests (no statute text);
they imitate the drafting styles of Germany, Austria/Liechtenstein and Switzerland (de) and of the
Netherlands and Belgium (nl)."""

from __future__ import annotations

import pytest

from lexcompare.resources import annotations_dir
from lexcompare.tagging import tag_text
from lexcompare.tagging.ontology import load_ontology
from lexcompare.tagging.rules import _load

SDG_CUES = {"5.2", "16.2", "5.3", "8.7", "8.8", "10.7", "16.4"}

# (case id, language, text, codes that must be tagged, codes that must not be tagged).
# Codes are element codes or "SDG:<target>" for the SDG targets of the provision.
CASES: list[tuple[str, str, str, set[str], set[str]]] = [
    # --- German: definition and offence ------------------------------------------------------
    (
        "de-offence-de",
        "de",
        "Mit Freiheitsstrafe von sechs Monaten bis zu zehn Jahren wird bestraft, wer eine andere "
        "Person unter Ausnutzung ihrer Zwangslage anwirbt, befördert oder beherbergt, wenn sie "
        "bei der Ausübung der Prostitution ausgebeutet werden soll.",
        {"CRIM.OFFENCE", "CRIM.PENALTY", "DEF.ACT", "DEF.PURPOSE.SEXUAL", "SDG:8.7", "SDG:5.2"},
        set(),
    ),
    (
        "de-offence-at",
        "de",
        "Wer eine volljährige Person mit dem Vorsatz, dass sie ausgebeutet werde, unter Einsatz "
        "unlauterer Mittel anwirbt, beherbergt oder befördert, ist mit Freiheitsstrafe bis zu fünf "
        "Jahren zu bestrafen.",
        {"CRIM.OFFENCE", "CRIM.PENALTY", "DEF.ACT", "DEF.MEANS"},
        set(),
    ),
    (
        "de-offence-ch",
        "de",
        "Wer als Anbieter, Vermittler oder Abnehmer mit einem Menschen Handel treibt zum Zwecke der "
        "Ausbeutung seiner Arbeitskraft, wird mit Freiheitsstrafe oder Geldstrafe bestraft. Ist das "
        "Opfer minderjährig oder handelt der Täter gewerbsmässig, so ist die Strafe Freiheitsstrafe "
        "nicht unter einem Jahr.",
        {"CRIM.OFFENCE", "DEF.ACT", "DEF.PURPOSE.LABOUR", "CRIM.AGGRAV", "SDG:16.2"},
        # a minor victim as an aggravating circumstance only: not DEF.CHILD (GUIDELINES)
        {"DEF.CHILD"},
    ),
    (
        "de-means-purposes",
        "de",
        "Unlautere Mittel sind die Täuschung über Tatsachen, die Ausnützung einer Autoritätsstellung "
        "und die Einschüchterung. Ausbeutung umfasst die sexuelle Ausbeutung, die Ausbeutung durch "
        "Organentnahme, die Ausbeutung der Arbeitskraft und die Ausbeutung zur Bettelei.",
        {
            "DEF.MEANS",
            "DEF.PURPOSE.SEXUAL",
            "DEF.PURPOSE.ORGANS",
            "DEF.PURPOSE.LABOUR",
            "DEF.PURPOSE.OTHER",
        },
        set(),
    ),
    (
        "de-slavery",
        "de",
        "Wer einen Menschen in Sklaverei, Leibeigenschaft oder Schuldknechtschaft hält, wird mit "
        "Freiheitsstrafe nicht unter zwei Jahren bestraft.",
        {"DEF.PURPOSE.SLAVERY", "DEF.PURPOSE.SERVITUDE", "CRIM.OFFENCE", "SDG:8.7"},
        set(),
    ),
    (
        "de-consent",
        "de",
        "Die Einwilligung des Opfers in die beabsichtigte Ausbeutung ist unbeachtlich.",
        {"DEF.CONSENT"},
        set(),
    ),
    (
        "de-forced-marriage",
        "de",
        "Wer eine Person mit Gewalt oder durch Drohung zur Eheschliessung nötigt, wird mit "
        "Freiheitsstrafe bis zu fünf Jahren bestraft.",
        {"CRIM.OFFENCE", "DEF.MEANS", "DEF.PURPOSE.OTHER", "SDG:5.3"},
        set(),
    ),
    (
        "de-client",
        "de",
        "Wer an einer Person, die Opfer von Menschenhandel geworden ist, gegen Entgelt sexuelle "
        "Handlungen vornimmt, wird bestraft.",
        {"CRIM.USESERVICES"},
        set(),
    ),
    (
        "de-documents",
        "de",
        "Wer einer Person, die er ausbeutet, den Reisepass wegnimmt oder vorenthält, wird bestraft.",
        {"CRIM.DOCUMENTS"},
        set(),
    ),
    # --- German: general part --------------------------------------------------------------------
    (
        "de-attempt",
        "de",
        "Der Versuch eines Verbrechens ist stets strafbar.",
        {"CRIM.ATTEMPT"},
        set(),
    ),
    (
        "de-withdrawal",
        "de",
        "Wegen Versuchs wird nicht bestraft, wer freiwillig die weitere Ausführung der Tat aufgibt.",
        # withdrawal regulates attempt liability (harmonised gold): CRIM.ATTEMPT, no offence
        {"CRIM.ATTEMPT"},
        {"CRIM.OFFENCE"},
    ),
    (
        "de-accomplice",
        "de",
        "Als Gehilfe wird bestraft, wer vorsätzlich einem anderen zu dessen Tat Hilfe geleistet hat.",
        {"CRIM.ACCOMPLICE"},
        set(),
    ),
    (
        "de-organisation",
        "de",
        "Wer eine kriminelle Vereinigung gründet oder sich an ihr als Mitglied beteiligt, wird mit "
        "Freiheitsstrafe bis zu fünf Jahren bestraft.",
        {"CRIM.ORGANIZE", "SDG:16.4"},
        set(),
    ),
    (
        "de-legal-person",
        "de",
        "Eine juristische Person ist für ein Verbrechen verantwortlich, wenn es zu ihren Gunsten "
        "begangen wurde; sie wird mit einer Geldbusse bestraft.",
        {"CRIM.LEGALPERSON"},
        set(),
    ),
    (
        "de-jurisdiction",
        "de",
        "Das deutsche Strafrecht gilt, unabhängig vom Recht des Tatorts, für Menschenhandel, der im "
        "Ausland begangen wird.",
        {"CRIM.JURISDICTION"},
        {"CRIM.OFFENCE", "DEF.ACT"},
    ),
    (
        "de-confiscation",
        "de",
        "Das Gericht ordnet die Einziehung der Vermögenswerte an, die durch die Straftat erlangt wurden.",
        {"CRIM.CONFISCATION", "SDG:16.4"},
        set(),
    ),
    # --- German: victims, prevention, institutions -----------------------------------------------
    (
        "de-residence",
        "de",
        "Einem Ausländer, der Opfer von Menschenhandel wurde, wird eine Bedenkzeit gewährt; danach "
        "kann ihm eine Aufenthaltserlaubnis erteilt werden.",
        {"VIC.RESIDENCE", "SDG:10.7"},
        set(),
    ),
    (
        "de-assistance",
        "de",
        "Das Opfer hat Anspruch auf medizinische, psychologische und soziale Hilfe sowie auf eine "
        "geeignete Unterkunft.",
        {"VIC.ASSISTANCE"},
        set(),
    ),
    (
        "de-compensation",
        "de",
        "Das Opfer hat Anspruch auf Entschädigung und Genugtuung.",
        {"VIC.COMPENSATION"},
        set(),
    ),
    (
        "de-privacy",
        "de",
        "Die Öffentlichkeit wird ausgeschlossen, wenn der Schutz des Opfers dies erfordert.",
        {"VIC.PRIVACY"},
        set(),
    ),
    (
        "de-nonpunish",
        "de",
        "Opfer von Menschenhandel werden nicht bestraft für Taten, zu denen sie gezwungen wurden.",
        {"VIC.NONPUNISH"},
        {"CRIM.OFFENCE"},
    ),
    (
        "de-policy",
        "de",
        "Die Regierung beschliesst einen nationalen Aktionsplan zur Bekämpfung des Menschenhandels.",
        {"PREV.POLICY"},
        set(),
    ),
    (
        "de-coordination",
        "de",
        "Die Koordinationsstelle gegen Menschenhandel koordiniert die Behörden und veröffentlicht "
        "jährlich einen Bericht mit Statistiken.",
        {"INST.COORDINATION", "INST.DATA"},
        set(),
    ),
    (
        "de-carriers",
        "de",
        "Ein Beförderungsunternehmer darf Ausländer nur befördern, wenn sie einen Pass besitzen.",
        {"COOP.BORDER", "SDG:10.7"},
        {"DEF.ACT"},
    ),
    (
        "de-saving",
        "de",
        "Die Bestimmungen des Abkommens über die Rechtsstellung der Flüchtlinge bleiben unberührt.",
        {"GEN.SAVING"},
        set(),
    ),
    # --- German: near misses ----------------------------------------------------------------------
    (
        "de-drugs",
        "de",
        "Wer mit Betäubungsmitteln Handel treibt, wird mit Freiheitsstrafe bis zu fünf Jahren bestraft.",
        set(),
        {"CRIM.OFFENCE", "CRIM.PENALTY", "DEF.ACT"},
    ),
    (
        "de-road-traffic",
        "de",
        "Wer im Straßenverkehr ein Fahrzeug führt, obwohl er fahruntüchtig ist, wird bestraft.",
        set(),
        {"CRIM.OFFENCE", "CRIM.PENALTY"},
    ),
    (
        "de-smuggling",
        "de",
        "Wer einen Ausländer zur unerlaubten Einreise anstiftet oder ihm dazu Hilfe leistet und "
        "dafür einen Vorteil erhält, wird mit Freiheitsstrafe bestraft (Einschleusen von Ausländern).",
        {"SDG:10.7"},
        {"CRIM.OFFENCE", "CRIM.ACCOMPLICE", "DEF.ACT", "CRIM.PENALTY"},
    ),
    (
        "de-usury",
        "de",
        "Wer die Zwangslage eines anderen dadurch ausbeutet, dass er sich überhöhte Zinsen "
        "versprechen lässt, wird bestraft.",
        set(),
        {"CRIM.OFFENCE", "DEF.MEANS"},
    ),
    (
        "de-self-prostitution",
        "de",
        "Wer der Prostitution in der Nähe einer Schule nachgeht, wird mit Geldstrafe bestraft.",
        set(),
        {"CRIM.OFFENCE", "DEF.PURPOSE.SEXUAL"},
    ),
    (
        "de-servitude-land",
        "de",
        "Die Grunddienstbarkeit wird in das Grundbuch eingetragen.",
        set(),
        {"DEF.PURPOSE.SERVITUDE"},
    ),
    (
        "de-offence-list",
        "de",
        "Die Landesverweisung ist anzuordnen bei Verurteilung wegen Mord (Art. 111), Raub (Art. 140), "
        "Menschenhandel (Art. 182), Vergewaltigung (Art. 190), Geldwäscherei (Art. 305bis) oder "
        "Förderung der Prostitution (Art. 195) und Zwangsheirat (Art. 181a).",
        {"CRIM.PENALTY"},
        {"CRIM.OFFENCE", "DEF.ACT", "DEF.PURPOSE.SEXUAL", "DEF.CHILD"},
    ),
    # --- Dutch: definition and offence -----------------------------------------------------------
    (
        "nl-offence-nl",
        "nl",
        "Als schuldig aan mensenhandel wordt gestraft met gevangenisstraf van ten hoogste twaalf jaren "
        "of geldboete van de vijfde categorie: hij die een ander door dwang, geweld of dreiging met "
        "geweld werft, vervoert, overbrengt, huisvest of opneemt, met het oogmerk van uitbuiting.",
        {"CRIM.OFFENCE", "CRIM.PENALTY", "DEF.ACT", "DEF.MEANS", "SDG:8.7"},
        set(),
    ),
    (
        "nl-offence-be",
        "nl",
        "Het misdrijf mensenhandel wordt gestraft met opsluiting van tien jaar tot vijftien jaar en met "
        "een geldboete van duizend euro tot honderdduizend euro.",
        {"CRIM.OFFENCE", "CRIM.PENALTY"},
        set(),
    ),
    (
        "nl-purposes",
        "nl",
        "Uitbuiting omvat ten minste uitbuiting van een ander in de prostitutie, andere vormen van "
        "seksuele uitbuiting, gedwongen of verplichte arbeid of diensten, slavernij, met slavernij te "
        "vergelijken praktijken, dienstbaarheid en de verwijdering van organen.",
        {
            "DEF.PURPOSE.SEXUAL",
            "DEF.PURPOSE.LABOUR",
            "DEF.PURPOSE.SLAVERY",
            "DEF.PURPOSE.SERVITUDE",
            "DEF.PURPOSE.ORGANS",
            "SDG:5.2",
        },
        set(),
    ),
    (
        "nl-other-purposes",
        "nl",
        "Onder uitbuiting wordt ook verstaan gedwongen bedelarij en het laten plegen van strafbare "
        "feiten door het slachtoffer.",
        {"DEF.PURPOSE.OTHER"},
        set(),
    ),
    (
        "nl-consent",
        "nl",
        "De toestemming van het slachtoffer met de beoogde uitbuiting doet niet ter zake.",
        {"DEF.CONSENT"},
        set(),
    ),
    (
        "nl-child",
        "nl",
        "Hij die een minderjarige werft of overbrengt met het oogmerk van uitbuiting wordt gestraft, "
        "ook indien geen van de genoemde middelen is gebruikt.",
        {"DEF.CHILD", "DEF.ACT", "SDG:16.2"},
        set(),
    ),
    (
        "nl-aggrav",
        "nl",
        "Indien het feit wordt gepleegd door twee of meer verenigde personen of tegen een "
        "minderjarige, wordt gevangenisstraf van ten hoogste vijftien jaren opgelegd wegens "
        "mensenhandel.",
        {"CRIM.AGGRAV", "CRIM.ORGANIZE"},
        set(),
    ),
    (
        "nl-client",
        "nl",
        "Hij die gebruik maakt van de seksuele diensten van een slachtoffer van mensenhandel, terwijl "
        "hij weet dat het een slachtoffer is, wordt gestraft.",
        {"CRIM.USESERVICES"},
        set(),
    ),
    (
        "nl-forced-marriage",
        "nl",
        "Hij die een ander dwingt tot het aangaan van een huwelijk wordt gestraft met gevangenisstraf.",
        {"CRIM.OFFENCE", "SDG:5.3"},
        set(),
    ),
    # --- Dutch: general part ---------------------------------------------------------------------
    (
        "nl-attempt",
        "nl",
        "Poging tot misdrijf is strafbaar, indien het voornemen van de dader zich door een begin van "
        "uitvoering heeft geopenbaard.",
        {"CRIM.ATTEMPT"},
        set(),
    ),
    (
        "nl-accomplice",
        "nl",
        "Als medeplichtigen van een misdrijf worden gestraft zij die opzettelijk behulpzaam zijn bij "
        "het plegen van het misdrijf.",
        {"CRIM.ACCOMPLICE"},
        set(),
    ),
    (
        "nl-legal-person",
        "nl",
        "Strafbare feiten kunnen worden begaan door natuurlijke personen en rechtspersonen.",
        {"CRIM.LEGALPERSON"},
        set(),
    ),
    (
        "nl-confiscation",
        "nl",
        "De rechter kan de verbeurdverklaring uitspreken van voorwerpen die door middel van het "
        "misdrijf zijn verkregen.",
        {"CRIM.CONFISCATION"},
        set(),
    ),
    (
        "nl-jurisdiction",
        "nl",
        "De Nederlandse strafwet is toepasselijk op de Nederlander die zich buiten Nederland schuldig "
        "maakt aan mensenhandel.",
        {"CRIM.JURISDICTION"},
        {"CRIM.OFFENCE"},
    ),
    # --- Dutch: victims, prevention, institutions ------------------------------------------------
    (
        "nl-nonpunish",
        "nl",
        "Het slachtoffer van mensenhandel wordt niet gestraft voor strafbare feiten die het onder "
        "dwang heeft gepleegd.",
        {"VIC.NONPUNISH"},
        {"CRIM.OFFENCE"},
    ),
    (
        "nl-residence",
        "nl",
        "Aan het slachtoffer van mensenhandel wordt een bedenktijd gegeven en daarna een "
        "verblijfsvergunning verleend.",
        {"VIC.RESIDENCE", "SDG:10.7"},
        set(),
    ),
    (
        "nl-assistance",
        "nl",
        "Het slachtoffer heeft recht op opvang, medische en psychologische hulp en rechtsbijstand.",
        {"VIC.ASSISTANCE", "VIC.PROCEEDINGS"},
        set(),
    ),
    (
        "nl-compensation",
        "nl",
        "Het slachtoffer kan zich als benadeelde partij voegen en schadevergoeding vorderen.",
        {"VIC.COMPENSATION"},
        set(),
    ),
    (
        "nl-privacy",
        "nl",
        "De zaak wordt met gesloten deuren behandeld ter bescherming van de persoonlijke levenssfeer "
        "van het slachtoffer.",
        {"VIC.PRIVACY"},
        set(),
    ),
    (
        "nl-child-victim",
        "nl",
        "Minderjarige slachtoffers van mensenhandel krijgen een voogd toegewezen; het belang van het "
        "kind staat voorop.",
        {"VIC.CHILD"},
        {"DEF.CHILD"},
    ),
    (
        "nl-rapporteur",
        "nl",
        "De Nationaal Rapporteur mensenhandel rapporteert jaarlijks over de omvang van mensenhandel "
        "en verzamelt statistieken.",
        {"INST.COORDINATION", "INST.DATA"},
        set(),
    ),
    (
        "nl-policy",
        "nl",
        "De minister stelt een nationaal actieplan vast ter voorkoming en bestrijding van mensenhandel.",
        {"PREV.POLICY"},
        set(),
    ),
    (
        "nl-carriers",
        "nl",
        "De vervoerder is verplicht na te gaan of de vreemdeling beschikt over de vereiste "
        "reisdocumenten.",
        {"COOP.BORDER", "SDG:10.7"},
        set(),
    ),
    # --- Dutch: near misses ----------------------------------------------------------------------
    (
        "nl-drugs",
        "nl",
        "Hij die handelt in verdovende middelen wordt gestraft met gevangenisstraf van ten hoogste "
        "vier jaren.",
        set(),
        {"CRIM.OFFENCE", "CRIM.PENALTY", "DEF.ACT"},
    ),
    (
        "nl-road-traffic",
        "nl",
        "Het in het verkeer brengen van onveilige voertuigen is verboden en wordt gestraft met "
        "geldboete.",
        set(),
        {"CRIM.OFFENCE", "CRIM.PENALTY"},
    ),
    (
        "nl-smuggling",
        "nl",
        "Hij die een ander behulpzaam is bij het zich verschaffen van toegang tot Nederland wordt als "
        "schuldig aan mensensmokkel gestraft.",
        {"SDG:10.7"},
        {"CRIM.OFFENCE", "CRIM.ACCOMPLICE", "DEF.ACT", "CRIM.PENALTY"},
    ),
    (
        "nl-easement",
        "nl",
        "Een erfdienstbaarheid is een last waarmee een onroerende zaak is bezwaard.",
        set(),
        {"DEF.PURPOSE.SERVITUDE"},
    ),
    (
        "nl-housing",
        "nl",
        "De gemeente zorgt voor de huisvesting van statushouders en neemt hen op in het register.",
        set(),
        {"DEF.ACT", "VIC.ASSISTANCE"},
    ),
    # --- conventions shared by all languages (lead's decisions) ------------------------------
    (
        "de-child-branch",
        "de",
        "Wer eine minderjährige Person mit dem Vorsatz, dass sie sexuell ausgebeutet werde, anwirbt "
        "oder befördert, ist mit Freiheitsstrafe von einem bis zu zehn Jahren zu bestrafen.",
        {"DEF.CHILD", "DEF.ACT", "CRIM.OFFENCE", "SDG:16.2"},
        set(),
    ),
    (
        "de-child-aggravation-only",
        "de",
        "(1) Wer eine andere Person anwirbt, wenn sie ausgebeutet werden soll, wird mit "
        "Freiheitsstrafe bestraft. (2) Auf Freiheitsstrafe von einem Jahr bis zu zehn Jahren ist zu "
        "erkennen, wenn das Opfer zur Zeit der Tat ein Kind ist oder der Täter als Mitglied einer "
        "Bande handelt.",
        {"CRIM.AGGRAV", "CRIM.ORGANIZE", "SDG:16.2", "SDG:16.4"},
        {"DEF.CHILD"},
    ),
    (
        "de-child-no-means",
        "de",
        "Bei einer Person unter achtzehn Jahren ist die Tat auch ohne Anwendung der in Absatz 1 "
        "genannten Mittel strafbar, wenn sie ausgebeutet werden soll.",
        {"DEF.CHILD"},
        set(),
    ),
    (
        "de-child-age-definition",
        "de",
        "Im Sinne dieses Gesetzes ist minderjährig, wer das achtzehnte Lebensjahr noch nicht "
        "vollendet hat.",
        {"DEF.CHILD"},
        set(),
    ),
    (
        "de-joint-commission",
        "de",
        "Wer eine Person zum Zwecke der Ausbeutung ihrer Arbeitskraft anwirbt, wird mit "
        "Freiheitsstrafe bis zu fünf Jahren bestraft. Wird die Tat von mehreren Personen "
        "gemeinschaftlich begangen, so ist die Strafe Freiheitsstrafe nicht unter zwei Jahren.",
        {"CRIM.AGGRAV", "CRIM.ORGANIZE"},
        set(),
    ),
    (
        "de-purpose-clause",
        "de",
        "Zweck dieses Gesetzes ist es, den Menschenhandel zu bekämpfen, die Opfer zu schützen und "
        "die Täter zu bestrafen.",
        set(),
        {"CRIM.OFFENCE", "CRIM.PENALTY"},
    ),
    (
        "de-catalogue-numbers",
        "de",
        "Eine Überwachung ist zulässig bei Straftaten nach Artikel 111–113, 115, 122, 124, 129, "
        "135, 138–140, 156, 160, 180–182 (Menschenhandel), 183, 184, 195 (Ausnützung sexueller "
        "Handlungen) und 196 des Strafgesetzbuches.",
        set(),
        {"CRIM.OFFENCE", "DEF.ACT", "DEF.PURPOSE.SEXUAL", "DEF.CHILD", "CRIM.PENALTY"},
    ),
    (
        "de-catalogue-names",
        "de",
        "Für die Aufnahme in die Datenbank sind folgende Straftaten massgebend: Mord, Menschenhandel, "
        "Förderung der Prostitution und sexuelle Handlungen mit Kindern.",
        set(),
        {"DEF.PURPOSE.SEXUAL", "DEF.CHILD", "CRIM.OFFENCE"},
    ),
    (
        "de-legal-person-capacity",
        "de",
        "Handelt der Täter als Organ einer juristischen Person und ist das Opfer minderjährig, so "
        "ist die Strafe wegen Menschenhandels Freiheitsstrafe nicht unter einem Jahr.",
        {"CRIM.AGGRAV"},
        {"CRIM.LEGALPERSON", "DEF.CHILD"},
    ),
    (
        "de-legal-person-closure",
        "de",
        "Das Gericht kann die Schließung des Betriebes anordnen und die Gewerbeberechtigung "
        "entziehen, wenn im Betrieb Straftaten des Menschenhandels begangen wurden.",
        {"CRIM.LEGALPERSON"},
        set(),
    ),
    (
        "de-client-show",
        "de",
        "Wer wissentlich eine pornografische Darbietung betrachtet, an der eine minderjährige Person "
        "mitwirkt, ist mit Freiheitsstrafe bis zu einem Jahr zu bestrafen.",
        {"CRIM.USESERVICES"},
        set(),
    ),
    (
        "de-testimony-safety",
        "de",
        "Das Opfer kann verlangen, dass eine Begegnung mit der beschuldigten Person vermieden wird; "
        "die Vernehmung kann mit Wort- und Bildübertragung erfolgen.",
        {"VIC.SAFETY"},
        set(),
    ),
    (
        "de-biometric-document",
        "de",
        "Der Aufenthaltstitel wird mit einem elektronischen Speichermedium ausgestellt, auf dem "
        "Lichtbild und Fingerabdrücke gespeichert werden.",
        {"COOP.DOCUMENTS"},
        set(),
    ),
    (
        "de-fingerprints-suspect",
        "de",
        "Die Polizei kann von der beschuldigten Person Fingerabdrücke und Lichtbilder aufnehmen.",
        set(),
        {"COOP.DOCUMENTS"},
    ),
    (
        "nl-child-branch",
        "nl",
        "Als schuldig aan mensenhandel wordt met gevangenisstraf gestraft: 1°. degene die een ander "
        "door dwang werft met het oogmerk van uitbuiting; 2°. degene die een ander werft met het "
        "oogmerk van uitbuiting, terwijl die ander de leeftijd van achttien jaren nog niet heeft "
        "bereikt.",
        {"DEF.CHILD", "DEF.ACT", "CRIM.OFFENCE"},
        set(),
    ),
    (
        "nl-child-aggravation-only",
        "nl",
        "(1) Hij die een ander werft met het oogmerk van uitbuiting, wordt gestraft met "
        "gevangenisstraf van ten hoogste twaalf jaren. (2) Gevangenisstraf van ten hoogste vijftien "
        "jaren wordt opgelegd indien het feit wordt gepleegd ten aanzien van een persoon die de "
        "leeftijd van achttien jaren nog niet heeft bereikt.",
        {"CRIM.OFFENCE", "SDG:16.2"},
        {"DEF.CHILD"},
    ),
    (
        "nl-child-age-definition",
        "nl",
        "Minderjarige: persoon die de leeftijd van achttien jaar nog niet heeft bereikt.",
        {"DEF.CHILD"},
        set(),
    ),
    (
        "nl-guilty-is-not-debt",
        "nl",
        "Hij die zich schuldig maakt aan mensenhandel door een ander te werven, wordt gestraft.",
        set(),
        {"DEF.MEANS"},
    ),
    (
        "nl-association-be",
        "nl",
        "De misdrijven van mensenhandel worden gestraft met opsluiting van tien jaar tot vijftien "
        "jaar wanneer het misdrijf een daad is van deelneming aan de bedrijvigheid van een "
        "vereniging, ongeacht of de schuldige de hoedanigheid van leidend persoon heeft.",
        {"CRIM.AGGRAV", "CRIM.ORGANIZE"},
        set(),
    ),
    (
        "nl-nonpunish-be",
        "nl",
        "Het slachtoffer van mensenhandel kan niet worden gestraft voor zijn deelname aan strafbare "
        "activiteiten waartoe hij werd gedwongen.",
        {"VIC.NONPUNISH"},
        {"CRIM.OFFENCE"},
    ),
    (
        "nl-client-knowing",
        "nl",
        "Hij die gebruik maakt van seksuele handelingen met een ander terwijl hij weet dat die ander "
        "slachtoffer is van mensenhandel, wordt gestraft met gevangenisstraf.",
        {"CRIM.USESERVICES"},
        set(),
    ),
    (
        "nl-catalogue-numbers",
        "nl",
        "Een bevel kan worden gegeven bij veroordeling wegens een van de misdrijven omschreven in de "
        "artikelen 240b, 242, 243, 244, 245, 246, 247, 248a, 248b, 249, 250, 273f en 285 van het "
        "Wetboek van Strafrecht.",
        set(),
        {"CRIM.OFFENCE", "CRIM.PENALTY", "DEF.CHILD"},
    ),
    (
        "nl-biometric-document",
        "nl",
        "Het verblijfsdocument wordt voorzien van een chip waarop een gezichtsopname en twee "
        "vingerafdrukken van de houder worden opgeslagen.",
        {"COOP.DOCUMENTS"},
        set(),
    ),
    (
        "de-child-victim-care",
        "de",
        "Kinder, die Opfer von Menschenhandel geworden sind, gelten als besonders schutzbedürftig "
        "und werden von Fachpersonen betreut.",
        {"VIC.CHILD", "SDG:16.2"},
        {"DEF.CHILD"},
    ),
    (
        "de-adoption-brokering",
        "de",
        "Wer als Vermittler gegen Entgelt die Adoption eines minderjährigen Kindes vermittelt, wird "
        "mit Freiheitsstrafe bis zu einem Jahr bestraft.",
        {"DEF.PURPOSE.OTHER", "DEF.CHILD", "CRIM.OFFENCE", "CRIM.PENALTY"},
        set(),
    ),
    (
        "de-pimping-intimidation",
        "de",
        "Wer mit dem Vorsatz, sich aus der Prostitution einer anderen Person eine fortlaufende "
        "Einnahme zu verschaffen, diese Person einschüchtert, ist mit Freiheitsstrafe bis zu zwei "
        "Jahren zu bestrafen.",
        {"DEF.MEANS", "DEF.PURPOSE.SEXUAL", "CRIM.OFFENCE"},
        set(),
    ),
    (
        "de-jurisdiction-list",
        "de",
        "Die Strafgesetze gelten unabhängig vom Recht des Tatorts für folgende im Ausland begangene "
        "Taten: Menschenhandel und grenzüberschreitender Prostitutionshandel.",
        {"CRIM.JURISDICTION"},
        {"DEF.PURPOSE.SEXUAL", "CRIM.OFFENCE"},
    ),
    (
        "nl-withdrawal",
        "nl",
        "Voorbereiding of poging bestaat niet, indien het misdrijf niet is voltooid tengevolge van "
        "omstandigheden van de wil des daders afhankelijk.",
        {"CRIM.ATTEMPT"},
        set(),
    ),
    (
        "nl-child-sale",
        "nl",
        "Hij die een kind tegen betaling afstaat of overneemt, wordt gestraft met gevangenisstraf van "
        "ten hoogste vier jaren.",
        {"DEF.CHILD", "DEF.PURPOSE.SLAVERY", "CRIM.OFFENCE"},
        set(),
    ),
    (
        "nl-child-victim-care",
        "nl",
        "Minderjarige slachtoffers van mensenhandel worden beschouwd als bijzonder kwetsbaar en "
        "krijgen passende opvang.",
        {"VIC.CHILD"},
        {"DEF.CHILD"},
    ),
    # --- language-neutral cues (xx.yaml), through languages that have no lexicon ----------------
    (
        "xx-age-cs",
        "cs",
        "Osoba mladší než 18 let se považuje za dítě.",
        {"DEF.CHILD", "SDG:16.2"},
        set(),
    ),
    ("xx-age-ja", "ja", "18歳未満の者", {"DEF.CHILD"}, set()),
    ("xx-age-uk", "uk", "дітей віком до 18 років", {"DEF.CHILD", "SDG:16.2"}, set()),
    (
        "xx-directive-residence",
        "pl",
        "zgodnie z dyrektywą Rady 2004/81/WE",
        {"VIC.RESIDENCE", "SDG:10.7"},
        set(),
    ),
    ("xx-directive-employers", "sv", "direktiv 2009/52/EG", {"SDG:8.8", "SDG:10.7"}, set()),
    ("xx-ilo", "sv", "ILO:s konvention nr 29", {"SDG:8.7"}, set()),
    ("xx-interpol", "hu", "Az Interpol útján", {"COOP.INFOEXCHANGE"}, set()),
    ("xx-hours", "lv", "no plkst. 18 līdz 20", set(), {"DEF.CHILD", "SDG:16.2"}),
    ("xx-months", "cs", "trest odnětí svobody až na 18 měsíců", set(), {"DEF.CHILD", "SDG:16.2"}),
    ("xx-other-directive", "pl", "dyrektywa 2004/810", set(), {"VIC.RESIDENCE"}),
]


def _codes(text: str, lang: str) -> set[str]:
    tp = tag_text(text, lang, with_model=False)
    for t in tp.tags:
        assert t.method == "rule" and t.evidence, f"{t.code} without rule evidence"
        for e in t.evidence:
            assert tp.text[e.start : e.end] == e.text
            assert e.pattern.startswith((f"{lang}.", "xx.")), e.pattern
    return {t.code for t in tp.tags} | {f"SDG:{s.target}" for s in tp.sdg}


@pytest.mark.parametrize(
    ("name", "lang", "text", "must", "must_not"), CASES, ids=[c[0] for c in CASES]
)
def test_lexicon_cases(name: str, lang: str, text: str, must: set[str], must_not: set[str]) -> None:
    codes = _codes(text, lang)
    assert must <= codes, f"{name}: missing {sorted(must - codes)}"
    assert not (must_not & codes), f"{name}: unexpected {sorted(must_not & codes)}"


@pytest.mark.parametrize("lang", ["de", "nl"])
def test_lexicon_covers_every_code(lang: str) -> None:
    lex = _load(annotations_dir() / "lexicons" / f"{lang}.yaml", ())
    own = [r for r in lex.rules if not r.id.startswith("xx.")]
    assert own and all(r.id.startswith(f"{lang}.") for r in own)
    codes = {r.code for r in own}
    onto = load_ontology()
    assert set(onto.codes) <= codes, f"{lang}: no rule for {sorted(set(onto.codes) - codes)}"
    assert {f"SDG:{t}" for t in SDG_CUES} <= codes
    assert len({r.id for r in lex.rules}) == len(lex.rules)


@pytest.mark.parametrize("lang", ["de", "nl"])
def test_lexicon_extends_language_neutral_cues(lang: str) -> None:
    lex = _load(annotations_dir() / "lexicons" / f"{lang}.yaml", ())
    assert any(r.id.startswith("xx.") for r in lex.rules)
