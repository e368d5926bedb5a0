"""Every word list the seed converter uses, as plain constants.

All lists are general English news vocabulary (roles, reporting verbs, pronouns,
organisation words, calendar words, honorifics, common place names).  Nothing here
is specific to any one article.  Entries are lower case unless stated otherwise.
"""

from __future__ import annotations

# --- quotation marks -------------------------------------------------------------

DOUBLE_QUOTES = frozenset('"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033')
SINGLE_QUOTES = frozenset("'\u2018\u2019")
# Two apostrophes printed for one double mark ('' … '', ‘‘ … ’’) in some print reprints.
DOUBLED_APOSTROPHES = ("''", "\u2018\u2018", "\u2019\u2019")
# Marks (single characters or doubled apostrophes) whose direction is in their shape.
OPEN_CURLY = frozenset(("\u201c", "\u201e", "\u00ab", "\u2018", "\u2018\u2018"))
CLOSE_CURLY = frozenset(("\u201d", "\u00bb", "\u2019", "\u2019\u2019"))
# Characters a quotation can sit against and still be "opening" / "closing".
OPENING_CONTEXT = frozenset(" \t([{\u2014\u2013-/\u2018'")
CLOSING_CONTEXT = frozenset(" \t.,;:!?)]}\u2014\u2013-\u2019'\u2026")

# --- calendar --------------------------------------------------------------------

MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun".split()
)

# --- reporting verbs -------------------------------------------------------------

_REPORT_STEMS = {
    "say": "says said saying",
    "tell": "tells told telling",
    "add": "adds added adding",
    "declare": "declares declared declaring",
    "announce": "announces announced announcing",
    "ask": "asks asked asking",
    "write": "writes wrote writing written",
    "explain": "explains explained explaining",
    "note": "notes noted noting",
    "acknowledge": "acknowledges acknowledged acknowledging",
    "admit": "admits admitted admitting",
    "insist": "insists insisted insisting",
    "argue": "argues argued arguing",
    "claim": "claims claimed claiming",
    "state": "states stated stating",
    "recall": "recalls recalled recalling",
    "warn": "warns warned warning",
    "stress": "stresses stressed stressing",
    "emphasise": "emphasises emphasised emphasizes emphasized",
    "assure": "assures assured assuring",
    "reply": "replies replied replying",
    "respond": "responds responded responding",
    "answer": "answers answered answering",
    "comment": "comments commented commenting",
    "remark": "remarks remarked remarking",
    "observe": "observes observed observing",
    "predict": "predicts predicted predicting",
    "suggest": "suggests suggested suggesting",
    "tweet": "tweets tweeted tweeting",
    "chant": "chants chanted chanting",
    "shout": "shouts shouted shouting",
    "yell": "yells yelled yelling",
    "exclaim": "exclaims exclaimed exclaiming",
    "joke": "jokes joked joking",
    "quip": "quips quipped quipping",
    "concede": "concedes conceded conceding",
    "confirm": "confirms confirmed confirming",
    "conclude": "concludes concluded concluding",
    "agree": "agrees agreed agreeing",
    "urge": "urges urged urging",
    "vow": "vows vowed vowing",
    "promise": "promises promised promising",
    "pledge": "pledges pledged pledging",
    "describe": "describes described describing",
    "call": "calls called calling",
    "continue": "continues continued continuing",
    "whisper": "whispers whispered whispering",
    "scream": "screams screamed screaming",
    "boast": "boasts boasted boasting",
    "complain": "complains complained complaining",
    "reply_": "retorts retorted",
    "affirm": "affirms affirmed",
    "mention": "mentions mentioned",
    "reveal": "reveals revealed",
    "recount": "recounts recounted",
    "invite": "invites invited inviting",
    "demand": "demands demanded demanding",
    "post": "posted",
    "testify": "testifies testified",
    "counter": "countered",
    "caution": "cautions cautioned",
    "assert": "asserts asserted",
    "maintain": "maintains maintained",
    "told_": "informed",
}
# Bare stems only where the stem is not also a common noun ("a call", "a statement", "a note").
_SAFE_STEMS = frozenset(
    "say tell add declare announce ask explain acknowledge admit insist argue warn emphasise assure "
    "reply respond predict suggest exclaim conclude agree urge vow pledge describe confirm reveal".split()
)
REPORTING_VERBS = frozenset(w for forms in _REPORT_STEMS.values() for w in forms.split()) | _SAFE_STEMS
# Verbs that, used after a quote, may come before their subject ("said Smith").
INVERTIBLE_VERBS = frozenset(
    "said says added asked wrote declared announced explained noted continued replied "
    "responded recalled insisted argued warned tweeted stated observed remarked concluded "
    "exclaimed joked quipped cautioned countered answered".split()
)
ACCORDING_TO = "according to"
# Verbs that introduce written or displayed words (a sign, a note, a banner): they make a short
# span a quotation without naming a speaker.
WORDING_VERBS = frozenset("read reads reading scrawled printed emblazoned inscribed".split())
# Words right before a quotation that make it a name, a term or a title ("code-named “Borealis”",
# "a paper titled “...”", "what researchers call “assisted evolution”").  "called"/"calls" are left
# out: "what he called “a betrayal”" quotes the speaker.
NAMING_WORDS = frozenset(
    "titled entitled subtitled dubbed nicknamed code-named codenamed named so-called call term termed "
    "labelled labeled branded".split()
)
# Nouns that give a person's gender when they stand in the person's title or just before the name.
GENDERED_NOUNS = {
    **dict.fromkeys(
        "father son husband brother uncle nephew grandfather grandson boyfriend man boy king prince "
        "spokesman chairman congressman businessman councilman sportsman fisherman actor".split(), "he"),
    **dict.fromkeys(
        "mother daughter wife sister aunt niece grandmother granddaughter girlfriend woman girl queen "
        "princess spokeswoman chairwoman congresswoman businesswoman councilwoman actress".split(), "she"),
}

# --- pronouns --------------------------------------------------------------------

PRONOUN_GENDER = {
    "he": "he", "him": "he", "his": "he", "himself": "he",
    "she": "she", "her": "she", "hers": "she", "herself": "she",
    "they": "they", "them": "they", "their": "they",
}
SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "it"})
PERSON_PRONOUNS = frozenset({"he", "she"})

# --- roles and titles ------------------------------------------------------------

# Nouns naming a person's role; a word in this set before or after a name makes it a title.
ROLE_NOUNS = frozenset(
    """
    president vice-president minister leader adviser advisor spokesman spokeswoman spokesperson
    coach captain director chairman chairwoman chairperson chair chief executive ceo cfo coo cto
    officer analyst economist scientist geologist researcher professor fellow author co-author
    teacher secretary governor gov. senator sen. rep. representative mayor judge justice lawyer
    attorney prosecutor general gen. commander colonel col. ambassador speaker superintendent
    official manager founder co-founder owner administrator engineer doctor dr. player star
    striker midfielder defender goalkeeper goalie winger defenseman defenceman forward center
    centre quarterback pitcher driver rider champion chancellor premier king queen prince princess
    pope bishop archbishop cardinal rabbi imam sheikh emir sultan head editor correspondent
    reporter journalist photographer actor actress singer rapper musician artist writer novelist
    producer strategist partner consultant activist campaigner organizer organiser member
    lawmaker legislator congressman congresswoman councillor councilor councilman councilwoman commissioner
    inspector sergeant sgt. lieutenant lt. major capt. trooper detective sheriff dean principal
    nurse surgeon physician psychologist astronaut astronomer physicist biologist chemist
    specialist expert historian boss trainer rookie guard receiver catcher shortstop jockey
    boxer fighter golfer swimmer sprinter cyclist skier skater gymnast wrestler dictator monarch
    mp mep diplomat envoy negotiator investigator scholar lecturer instructor banker investor
    entrepreneur businessman businesswoman tycoon billionaire deputy treasurer auditor
    superstar veteran counsel clerk chaplain pastor priest vicar ceo. cofounder co-chair
    co-director director-general secretary-general headteacher headmaster student
    neighbour neighbor resident witness homeowner volunteer parent passenger customer shopper
    firefighter paramedic survivor victim friend wife husband daughter mother father brother
    sister grandmother grandfather aunt uncle cousin grandson granddaughter niece nephew
    girlfriend boyfriend fiancee fiance widow widower mum mom dad stepfather stepmother
    """.split()
)
# Relatives: "his wife, Marta," names a person by a given name alone.
FAMILY_NOUNS = frozenset(
    """
    wife husband son daughter mother father brother sister grandmother grandfather aunt uncle
    cousin grandson granddaughter niece nephew girlfriend boyfriend fiancee fiance partner
    widow widower mum mom dad stepfather stepmother stepson stepdaughter child children sons
    daughters brothers sisters parents
    """.split()
)
POSSESSIVE_DETERMINERS = frozenset("his her their my our your".split())
# Capitalised forms that sit in front of a name as part of it ("Gov. Ana Ruiz").
HONORIFICS = frozenset(
    "mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady rev rev. fr fr. "
    "gen gen. sen sen. rep rep. gov gov. lt lt. col col. capt capt. sgt sgt. maj maj. cmdr cmdr. "
    "adm adm. st. hon hon. cllr cllr.".split()
)
# Honorifics carry no role of their own; a title made only of these is a weak title.
BARE_HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. miss sir dame lord lady dr dr. prof prof. hon hon.".split())
# Abbreviations a role may be written as, mapped to the role noun used in a bare reference.
ROLE_ALIASES = {
    "gov.": "governor", "gov": "governor", "sen.": "senator", "sen": "senator",
    "rep.": "representative", "rep": "representative", "gen.": "general", "gen": "general",
    "col.": "colonel", "capt.": "captain", "sgt.": "sergeant", "lt.": "lieutenant",
    "dr.": "doctor", "prof.": "professor", "ceo": "chief executive", "cllr": "councillor", "cllr.": "councillor",
}
# Lower-case words allowed inside a title before the role noun ("deputy associate administrator").
TITLE_MODIFIERS = frozenset(
    """
    senior junior deputy chief former acting associate assistant executive vice general head
    managing top veteran interim state school schools math science soccer football basketball
    hockey tennis baseball cricket rugby team party opposition foreign defense defence finance
    health interior justice prime high study planetary research legislative political national
    regional local federal county city district police military army navy air force business
    communications press media public chief-executive lead principal special first second
    longtime long-time former star research staff board financial operating technology
    marketing sales program programme project campaign union labor labour
    """.split()
)

# Lower-case nouns that, placed before a capitalised run, show it names a thing, not a person
# ("the journal Nature Astronomy", "its moon Titan", "the supercomputer Hazel Hen").
THING_NOUNS = frozenset(
    """
    journal magazine newspaper paper mission spacecraft ship vessel boat company firm brand
    group band album film movie book novel show series program programme project supercomputer
    computer rover lander probe satellite telescope app website site hurricane storm typhoon
    cyclone operation province district county state city town village region river lake mount
    mountain planet moon asteroid comet team club label song single game stadium arena airport
    hospital university college school agency startup network channel station studio publisher
    newspaper's restaurant hotel bar store shop vehicle car model aircraft plane jet rocket
    spacecraft vaccine drug platform service software island country nation capital street road
    bridge tower building ministry department party movement campaign festival event
    """.split()
)

# Lower-case nouns right after a capitalised run that show the run is an organisation.
ORG_FOLLOWERS = frozenset(
    """
    shares share stock stocks management executives employees workers stores headquarters
    subsidiary subsidiaries division unit brand products customers shareholders investors
    board earnings revenue profit profits sales spokesperson-less
    motion motions supporters voters candidates members colleagues councillors
    """.split()
)

# Capitalised words (compared lower case) that make a capitalised run an organisation,
# institution, event or thing.
ORG_WORDS = frozenset(
    """
    inc inc. corp corp. corporation co co. company companies ltd ltd. llc plc group holdings
    systems machines express aerospace robotics technologies technology labs laboratory
    laboratories institute institution society association federation union league council
    committee commission department ministry agency bureau office administration authority
    university college school academy center centre hospital clinic foundation fund trust bank
    capital partners ventures industries international global services solutions networks
    airlines airways motors energy oil gas petroleum pharmaceuticals pharma media news times
    post journal herald tribune gazette press radio television tv broadcasting studios records
    entertainment games sports club team fc cup finals final championship championships
    tournament open olympics games series league conference division party parliament
    congress senate assembly court police army navy force forces guard command reserve
    street avenue road square park stadium arena hall house palace statehouse capitol
    church mosque temple cathedral museum gallery theater theatre library project program
    programme mission collaboration initiative network services space station observatory
    telescope government republic kingdom state states province county city district region
    island islands river lake mountain mountains valley bay sea ocean gulf airport port
    hotel restaurant market exchange index average depot mart store stores shop
    magazine review quarterly weekly daily notices letters proceedings astronomy nature
    science physics medicine vehicle rover lander spacecraft satellite award awards prize
    festival week day act bill law treaty accord pact summit
    service cooperation co-operation development reef canyon desert forest coast peninsula
    advisors advisers associates securities investments insurance semiconductor semiconductors
    electronics devices chemicals materials logistics software resources mining steel foods
    brands furniture supply supplies consulting management automotive alliance coalition consortium
    corps partnership partnerships maps navigator pharmacy chemist bakery butchers grocers
    supermarket supermarkets mall outlet boutique salon cafe caf\u00e9 pub tavern diner garage fm
    bowl nations trophy shield stakes regatta invitational marathon triathlon grand prix rally
    football hockey rugby cricket tennis golf athletics swimming cycling rowing hurling camogie
    basketball baseball soccer netball boxing wrestling gymnastics motorsport
    reuters bloomberg xinhua yonhap kyodo interfax tass
    manor lodge villa villas gardens terrace residence residences health care homes
    lane boulevard highway parkway crescent motorway freeway
    magistrates constabulary tribunal prison jail barracks
    marines regiment battalion brigade squadron fleet tour ground grounds oval dome coliseum
    velodrome speedway raceway racecourse earth books
    """.split()
)

# Organisation words that are also given names or family names ("Bill Ortiz", "Park Min-ho"):
# they make a run an organisation only after its first word ("Central Park", "Carnegie Hall").
NAME_LIKE_ORG_WORDS = frozenset("bill park".split())
# Organisation words that are also common surnames: after a common given name ("Marco Villa",
# "Ruth Hall") the pair is a person's name, unless the text puts it after "in"/"at".
SURNAME_LIKE_ORG_WORDS = frozenset(
    "villa hall house church lodge park bank banks day court temple post field fields manor "
    "street market gardens bay coast port forest sea lake river hill wood woods ford law "
    "mann king price rivers grant".split()
)

# Capitalised words that are never part of a person's name (compared lower case).
NON_NAME_WORDS = frozenset(
    """
    the a an this that these those it its he she they we i you his her their our my your
    and or but nor so yet for of in on at by to from with about as into over after before
    under between during without within against across through despite since until while
    when where what who whom whose which why how if then than there here
    however meanwhile still also even just only nearly roughly about almost some many most
    more less other another each every all both few several no not one two three four five six
    seven eight nine ten first second third last next new old
    mr mrs ms dr
    north south east west northern southern eastern western central upper lower greater
    god allah christmas easter ramadan
    breaking update updated exclusive watch read photo photos video image images file credit
    """.split()
) | MONTHS | WEEKDAYS

# Lower-case name particles allowed inside a name ("Pieter van der Berg", "Luis de Souza").
NAME_PARTICLES = frozenset("van de der den da di do dos das du del della von la le bin ibn al el ter ten y zu".split())
NAME_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())

# Nationality and region adjectives: never a person's name; part of a title ("Russian leader").
DEMONYMS = frozenset(
    """
    american british english scottish welsh irish french german spanish italian portuguese dutch
    belgian swiss austrian swedish norwegian danish finnish icelandic polish czech slovak
    hungarian romanian bulgarian greek turkish russian ukrainian belarusian serbian croatian
    bosnian slovenian albanian georgian armenian azerbaijani kazakh uzbek chinese japanese
    korean vietnamese thai indonesian malaysian filipino indian pakistani afghan iranian iraqi
    syrian lebanese israeli palestinian jordanian saudi emirati qatari egyptian libyan tunisian
    algerian moroccan nigerian ghanaian kenyan ethiopian somali sudanese south african
    mexican canadian brazilian argentine argentinian chilean colombian peruvian venezuelan
    cuban australian european asian african latin arab western eastern soviet
    republican democratic democrat conservative liberal socialist communist labour
    catholic muslim christian jewish sunni shiite kurdish
    """.split()
)

# Nouns for a person of a nationality ("the Spaniard"); the adjectives above serve too ("the Brazilian").
DEMONYM_NOUNS = frozenset(
    """
    spaniard dutchman dutchwoman frenchman frenchwoman englishman englishwoman irishman irishwoman
    welshman welshwoman scot scotsman scotswoman briton brit swede dane finn pole norwegian icelander
    new zealander kiwi aussie argentine filipino filipina
    """.split()
)

# Countries, US states and other common places (compared lower case, whole run).
PLACES = frozenset(
    """
    afghanistan albania algeria argentina armenia australia austria azerbaijan bahrain
    bangladesh belarus belgium bolivia bosnia brazil britain bulgaria cambodia cameroon canada
    chile china colombia croatia cuba cyprus czechia denmark ecuador egypt england estonia
    ethiopia europe finland france georgia germany ghana greece hungary iceland india indonesia
    iran iraq ireland israel italy japan jordan kazakhstan kenya kosovo kuwait latvia lebanon
    libya lithuania luxembourg malaysia mali mexico moldova mongolia montenegro morocco
    myanmar nepal netherlands nigeria norway oman pakistan palestine panama paraguay peru
    philippines poland portugal qatar romania russia rwanda scotland senegal serbia singapore
    slovakia slovenia somalia spain sudan sweden switzerland syria taiwan tanzania thailand
    tunisia turkey uganda ukraine uruguay uzbekistan venezuela vietnam wales yemen zambia
    zimbabwe africa asia america antarctica
    alabama alaska arizona arkansas california colorado connecticut delaware florida
    hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
    michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon
    pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming
    london paris berlin moscow kyiv kiev beijing tokyo madrid rome washington brussels
    ontario quebec manitoba saskatchewan alberta newfoundland labrador yukon nunavut
    queensland tasmania auckland otago waikato
    """.split()
) | frozenset(
    (
        "nova scotia", "new brunswick", "british columbia", "prince edward island",
        "northwest territories", "new south wales", "western australia", "south australia",
        "northern territory", "northern ireland", "new england",
        "new zealand", "south africa", "south korea", "north korea", "united states",
        "united kingdom", "united nations", "united arab emirates", "saudi arabia",
        "new york", "new jersey", "new mexico", "new hampshire", "north carolina",
        "south carolina", "north dakota", "south dakota", "west virginia", "rhode island",
        "sri lanka", "costa rica", "el salvador", "hong kong", "puerto rico", "new delhi",
        "los angeles", "san francisco", "las vegas", "new orleans", "latin america",
        "north america", "south america", "middle east", "czech republic", "ivory coast",
        "sierra leone", "burkina faso", "papua new guinea", "dominican republic", "gaza strip",
        "west bank", "hong kong", "tel aviv", "buenos aires", "rio de janeiro",
        "sao paulo", "são paulo", "kuala lumpur", "abu dhabi", "cape town", "wall street",
        "silicon valley", "white house", "downing street",
    )
)

# Subjects that are organisations or documents: a quote they "said" has no person speaker.
NON_PERSON_SUBJECT_NOUNS = frozenset(
    """
    statement report company government ministry military army police agency department office
    group union organisation organization firm campaign team club party court council committee
    board spokesperson-less document letter release website post tweet study survey poll
    sign signs banner placard protesters crowd fans supporters teachers workers residents
    officials authorities administration kremlin white-house embassy network channel newspaper
    paper magazine station network analysts experts critics scientists researchers
    """.split()
)

# Lower-case words that can precede the subject of a reporting verb without being its head.
SUBJECT_DETERMINERS = frozenset("the a an this that its their his her our".split())

# Sentence-ending abbreviations that must not end a sentence.
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof st sr jr gov sen rep gen lt col capt sgt maj cmdr adm rev fr hon
    jan feb mar apr jun jul aug sep sept oct nov dec no vs etc inc corp co ltd u.s u.k
    a.m p.m n.y d.c l.a colo calif fla ill mass mich minn ariz wash tenn ore okla conn
    """.split()
)

# Credit words that make a trailing parenthesis an image credit.
CREDIT_WORDS = frozenset(
    """
    photo photos photograph photographer image images picture credit credits getty reuters afp
    ap epa handout file courtesy via shutterstock pool press agency xinhua bloomberg alamy
    wikimedia commons nasa esa yonhap kyodo anadolu tass sipa zuma rex istock istockphoto
    illustration graphic screenshot screengrab video still stock collaboration supplied
    """.split()
)

# Prepositions: a name right after one of these is not the subject of its clause.
PREPOSITIONS = frozenset(
    """
    of in on at by to from with about as into over after before under between during without
    within against across through despite since until past toward towards for beside behind
    around among amongst like than via per including alongside
    """.split()
)

# Words that stop a title from extending further back.
TITLE_STOPS = frozenset(
    """
    the a an this that these those and or but nor so yet who whom which whose said says told
    is was are were be been being has have had will would can could may might should must
    """.split()
) | PREPOSITIONS

# Common words that start a sentence capitalised but never start a name.
SENTENCE_STARTERS = NON_NAME_WORDS | frozenset(
    """
    despite still thus hence yes
    after although because once though unless whether whereas indeed instead perhaps maybe
    today tonight yesterday tomorrow now then later earlier last this next please let
    visit visits host hosts face faces
    """.split()
)
