"""Personal information a public servant should not leave public: contact, identity, home, health, children.

Rules are data (patterns, cue lists, vetoes) keyed by language, built on base.Rule; this module only
adds the mechanism they need: a cheap prefilter per rule (digit count, trigger words), a personal cue
that overrules a business veto, and one evidence span per place (the longest) per label.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator, Mapping, Sequence

from classifiers.base import Rule, RuleDetector, languages_for
from footprint.context import Context
from footprint.model import Evidence, Finding, Post

I = re.IGNORECASE
AP = "['’]"  # straight and typographic apostrophes, as people type them


def rx(pattern: str, flags: int = I) -> re.Pattern[str]:
    """Compile once at import; cue lists are written with `{AP}` for apostrophes."""
    return re.compile(pattern.replace("{AP}", AP), flags)


def words(stems: str) -> tuple[str, ...]:
    """A trigger group from a space-separated list of lower-case stems ('_' stands for a space)."""
    return tuple(w.replace("_", " ") for w in stems.split())


DIGIT = ("0",)  # in a trigger group: "any digit" (digits are counted, not searched as stems)


# --- validators ------------------------------------------------------------------------------

def luhn_ok(number: str) -> bool:
    """The Luhn checksum every SIN passes (separators ignored)."""
    digits = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return bool(digits) and total % 10 == 0


_NOT_POSTAL = {"K1A", "H0H"}  # federal government buildings; Santa Claus


def postal_code_ok(code: str) -> bool:
    """One case throughout, not a government (K1A) or Santa (H0H) code."""
    letters = "".join(c for c in code if c.isalpha())
    return (letters.isupper() or letters.islower()) and code[:3].upper() not in _NOT_POSTAL


_TOLL_FREE = {"800", "833", "844", "855", "866", "877", "888"}


def phone_ok(number: str) -> bool:
    """A personal line: not toll-free, not an N11 service code."""
    digits = "".join(c for c in number if c.isdigit())
    area = digits[1:4] if digits.startswith("1") and len(digits) >= 11 else digits[:3]
    return area not in _TOLL_FREE and area[1:] != "11"


def year_ok(date: str) -> bool:
    """A living person's date: any four-digit year must be between 1900 and 2039."""
    years = re.findall(r"\d{4}", date)
    return all(1900 <= int(y) <= 2039 for y in years)


_ROLE_LOCAL = set(
    "info contact contacts service services ventes vente sales support admin reservations reservation "
    "reception bonjour hello hi office bureau commandes commande orders order billing facturation "
    "comptabilite accounting noreply no-reply donotreply webmaster marketing jobs emploi emplois careers "
    "carrieres rh hr press presse media medias communications events evenements inscription inscriptions "
    "membership membres team equipe help aide abonnement newsletter privacy legal general accueil "
    "secretariat direction mail boutique shop store".split()
)


def personal_mailbox(address: str) -> bool:
    """Not a business role mailbox (info@, ventes@…)."""
    return address.split("@", 1)[0].lower() not in _ROLE_LOCAL


# --- the rule type ---------------------------------------------------------------------------

@dataclass(frozen=True)
class PiiRule(Rule):
    """A Rule plus prefilters: a digit count and trigger stems checked before the pattern runs."""

    min_digits: int = 0  # skip the rule when the text has fewer digits (cheap prefilter)
    triggers: tuple[tuple[str, ...], ...] = ()  # each group: one of these lower-case stems must be in the text


# --- shared pieces (both languages) ----------------------------------------------------------

MONTH_EN = (r"(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?"
            r"|sept?(?:ember|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)(?![a-z])")
MONTH_FR = (r"(?:janv(?:ier|\.)?|f[ée]vr?(?:ier|\.)?|mars|avr(?:il|\.)?|mai|juin|juil(?:let|\.)?|ao[uû]t"
            r"|sept(?:embre|\.)?|oct(?:obre|\.)?|nov(?:embre|\.)?|d[ée]c(?:embre|\.)?)(?![a-zà-ÿ])")
NUM_DATE = r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{1,2}-\d{1,2})(?!\d)"
DATE_EN = (rf"(?:{MONTH_EN}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
           rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_EN}(?:,?\s+\d{{4}})?|{NUM_DATE})")
DATE_FR = rf"(?:(?:1er|\d{{1,2}})\s+{MONTH_FR}(?:\s+\d{{4}})?|{NUM_DATE})"
DAY_EN = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
DAY_FR = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
NAME = r"[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?"

# Words that say "business, public place or reference number", not a person.
BUSINESS = (r"\b(?:appelez[- ]nous|call\s+us|contact(?:ez)?[- ]nous|contact\s+us|heures\s+d{AP}ouverture|ouverts?\s+(?:du|de|le"
            r"|les|tous|7|jusqu)"
            r"|open\s+(?:mon|tue|wed|thu|fri|sat|sun|daily|7|every|from|until|till|\d)|business\s+hours|r[ée]servations?"
            r"|r[ée]server|book\s+now"
            r"|magasin|boutique|\bstore\b|\bshop\b|restaurant|\bresto\b|clinique|clinic|dentist|dentaire|pharmac|d[ée]panneur"
            r"|bureau\s+d[eu]\b|\boffice\b|service\s+(?:[àa]\s+la\s+client|canada)|customer\s+service|sans\s+frais|toll[- ]free"
            r"|livraison|delivery"
            r"|take-?out|pour\s+emporter|commandez|\binc\.|\blt[ée]e\b|\bltd\b|www\.|nouveaux\s+patients|new\s+patients|walk-ins"
            r"|appointment|rendez-vous|\brdv\b|fax|t[ée]l[ée]copieur|renseignements|pour\s+(?:plus\s+d{AP})?infos?\b"
            r"|for\s+(?:more\s+)?info\b"
            r"|comptoir|counter\b|[àa]\s+louer|for\s+(?:rent|lease)|case\s*(?:#|no\b|number))")
REFERENCE = (r"\b(?:commande|\border\b|confirmation|tracking|\bsuivi\b|facture|invoice|r[ée]f[ée]rence|\bref\b|dossier|billet|ticket"
             r"|transaction|colis|parcel|compte|account|isbn|sku|upc|mod[eè]le|model|produit|product|coupon|promo"
             r"|mot\s+de\s+passe|password|wi-?fi|s[ée]rie|serial|plaque|licen[cs]e)")
PLACEHOLDER = r"format\b|exemple|example|e\.g\.|ex\."

PHONE_VETO = rx(f"{BUSINESS}|{REFERENCE}")
PHONE_RESCUE = rx(r"(?:call|text|txt|reach|phone|ring|msg|message)\s+me\b|(?:appelle|appelez|texte|textez|[ée]cris|rejoins|joins)[- ]moi"
                  r"|\bme\s+(?:joindre|rejoindre|texter|appeler)|\bmy\s+(?:cell|phone|number|mobile|desk|home)|\bmon\s+(?:cell"
                  r"|num[ée]ro|#|t[ée]l|nouveau)"
                  r"|\bat\s+home\b|[àa]\s+la\s+maison|chez\s+(?:nous|moi)|\bau\s+bureau\b")
PHONE_CUE = rx(r"\bt[ée]l\b|t[ée]l[ée]phone|phone|\bcell|mobile|\bcall|\btext|\btexte|\btxt\b|appel|joindre|whatsapp|signal\b")
PHONE_SEP = rx(r"(?<![\w+#/.-])(?:\+?1[ .-]?)?(?:\(\s?[2-9]\d\d\s?\)\s?|[2-9]\d\d[ .-])[2-9]\d\d[ .-]\d{4}"
               r"(?:,?\s*(?i:poste|ext\.?|extension|x)\s*\d{1,6})?(?![\d-])", 0)
PHONE_BARE = rx(r"(?<![\w+#/.-])(?:\+?1)?[2-9]\d\d[2-9]\d{6}(?![\d-])", 0)

EMAIL = rx(r"(?<![\w.+-])[a-z0-9][a-z0-9._%+-]{0,63}@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,24}(?![\w-])")
EMAIL_SPELLED = rx(r"(?<![\w.+-])[a-z0-9][a-z0-9._+-]{0,63}\s*[\[(]\s*(?:at|arobas|arobase)\s*[\])]\s*[a-z0-9-]+"
                   r"(?:\s*[\[(]\s*(?:dot|point)\s*[\])]\s*[a-z0-9-]+)+")
EMAIL_CUE = rx(r"\bmy\s+(?:e-?mail|address)|e-?mail\s+me|write\s+(?:to\s+)?me|mon\s+(?:courriel|adresse|e-?mail)"
               r"|[ée]cris[- ]moi|[ée]crivez[- ]moi")

POSTAL = rx(r"(?<![\w-])[ABCEGHJ-NPRSTVXYabceghj-nprstvxy]\d[ABCEGHJ-NPRSTV-Zabceghj-nprstv-z][ -]?"
            r"\d[ABCEGHJ-NPRSTV-Zabceghj-nprstv-z]\d(?![\w-])", 0)
POSTAL_VETO = rx(f"{REFERENCE}|{PLACEHOLDER}|{BUSINESS}|mus[ée]e|museum|minist[eè]re|h[ôo]tel\\s+de\\s+ville|city\\s+hall"
                 f"|prime\\s+minister|premier\\s+ministre")
HOME_CUE = rx(r"chez\s+(?:nous|moi|mes|ma|mon|nos|vous)|j{AP}habite|on\s+habite|d[ée]m[ée]nag|notre\s+(?:nouvelle\s+"
              r"|nouveau\s+)?(?:maison|condo|appart|adresse)"
              r"|mon\s+(?:nouvel\s+|nouveau\s+)?(?:appart|condo|adresse)|my\s+(?:new\s+)?(?:place|house|home|apartment|condo|address)"
              r"|our\s+(?:new\s+)?(?:place|house|home|apartment|condo|address)|\bmoved\b|new\s+address|nouvelle\s+adresse|home\s+address")

SIN = rx(r"(?<![\w-])\d{3}([ -]?)\d{3}\1\d{3}(?![\w-])", 0)
SIN_CUE = rx(r"\b(?:SIN|Sin|NAS|nas|Nas|S\.I\.N|N\.A\.S)\b|social\s+insurance|assurance[- ]sociale", 0)

SHARED = (
    PiiRule("email", EMAIL, "E-mail address (name@domain)", 0.9, check=personal_mailbox, triggers=(("@",),)),
    PiiRule("email", EMAIL, "Role mailbox given as one's own ('my email', 'écris-moi')", 0.6,
            check=lambda a: not personal_mailbox(a), need=EMAIL_CUE, window=40, triggers=(("@",),)),
    PiiRule("email", EMAIL_SPELLED, "E-mail address spelled out ('name (at) domain (dot) com')", 0.8,
            triggers=(words("at] at) arobas arobase"),)),
    PiiRule("phone", PHONE_SEP, "Canadian phone number (NNN NNN-NNNN)", 0.9, check=phone_ok,
            veto=PHONE_VETO, rescue=PHONE_RESCUE, window=50, min_digits=10),
    PiiRule("phone", PHONE_BARE, "Phone number: 10 digits next to 'cell', 'tél.', 'call' or 'text'", 0.8,
            check=phone_ok, need=PHONE_CUE, veto=PHONE_VETO, rescue=PHONE_RESCUE, window=30, min_digits=10),
    PiiRule("postal_code", POSTAL, "Canadian postal code (A1A 1A1)", 0.7, check=postal_code_ok,
            veto=POSTAL_VETO, rescue=HOME_CUE, rescue_window=60, window=50, min_digits=3),
    PiiRule("sin", SIN, "SIN: 9 digits passing the Luhn check, next to 'NAS' or 'SIN'", 0.95,
            check=luhn_ok, need=SIN_CUE, window=40, min_digits=9),
    PiiRule("birth_date", rx(rf"\b(?:DOB|D\.O\.B\.?|DDN|date\s+of\s+birth|birth\s*date"
                             rf"|date\s+de\s+naissance)\s*[:\-]?\s*({DATE_EN}|{DATE_FR})"),
            "Date of birth after 'DOB' / 'date de naissance'", 0.9, group=1, check=year_ok, min_digits=1,
            triggers=(words("dob d.o.b ddn birth naissance"),)),
)

# --- street addresses ------------------------------------------------------------------------

PLACE_VETO = rx(f"{BUSINESS}|\\b(?:mus[ée]e|museum|galerie|gallery|venue|\\bsalle\\b|th[ée][âa]tre|theat(?:re|er)|biblioth[èe]que|library"
                r"|h[ôo]tel\s+de\s+ville|city\s+hall|mairie|[ée]glise|church|ar[ée]na|arena|stade|stadium|h[ôo]s?pital|d[ée]put[ée]"
                r"|riding|circonscription|constituency|\bMP\b|minist|[àa]\s+vendre|for\s+sale|open\s+house|visite\s+libre|\bMLS\b|centris"
                r"|\bmanif|rassemblement|rally|protest|festival|exposition|conf[ée]rence|conference|tickets|billets|bar\b|brasserie|pub\b"
                r"|spectacle|show\b|concert)")
HOME_STRONG = rx(r"chez\s+(?:nous|moi)|j{AP}habite|on\s+habite|notre\s+(?:nouvelle\s+)?maison|my\s+place"
                 r"|our\s+(?:new\s+)?(?:place|house|home)|we\s+(?:just\s+)?moved")
UNIT = r"(?:,?\s*(?:app?\.?|appartement|appart\.?|apt\.?|apartment|unit[ée]?|suite|#)\s*\d{1,5}[A-Za-z]?\b)?"
STREET_EN = (r"(?i:street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|crescent|cres|court|ct|lane|ln|way|place|pl"
             r"|terrace|circle|cir|trail|parkway|pkwy|highway|hwy|row|grove|heights|square|sq)")
ADDRESS_EN = rx(rf"(?<![\w,.$])\d{{1,5}}[A-Za-z]?(?:-\d{{1,5}})?\s+(?:[A-Z0-9][\w'’.-]*\s+){{1,3}}?{STREET_EN}(?!\w)\.?"
                rf"(?:\s+(?:North|South|East|West|[NSEW])\b)?(?i:{UNIT})", 0)
STREET_FR = (r"(?:rue|boul(?:evard)?\.?|bd|av(?:enue|e)?\.?|chemin|ch\.|rang|mont[ée]e|route|rte|promenade|croissant|impasse"
             r"|all[ée]e|c[ôo]te|carr[ée]|terrasse|place)")
ADDRESS_FR = rx(rf"(?<![\w,.$])\d{{1,5}}[A-Za-z]?(?:-\d{{1,5}})?,?\s+(?:\d{{1,2}}(?:e|[èe]me|re|er)\s+)?{STREET_FR}(?!\w)\.?\s+"
                rf"(?:(?:de\s+la|de\s+l{{AP}}|des|du|de|d{{AP}})\s*)?[\w'’.-]+(?-i:(?:\s+[A-ZÀ-Ý][\w'’-]*){{0,2}}){UNIT}")
ADDRESS_EN_LOWER = rx(r"(?<![\w,.$])\d{1,5}(?:-\d{1,5})?\s+(?:(?!(?:the|a|an|on|in|at|of|to|for|and|or|my|our|your|this|that"
                      r"|hours?|min(?:ute)?s?|km|miles?|days?|weeks?)\s)[a-z][a-z'’-]*\s+){1,2}?"
                      r"(?:street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|crescent|cres|lane|ln)(?!\w)\.?" + UNIT)
HOME_EN_STRONG = rx(r"\b(?:I|we)\s+(?:just\s+)?(?:live|moved|moving|move)\s+(?:at|to|into|on)\b|\b(?:my"
                    r"|our)\s+(?:new\s+)?(?:address|place|house|home)\s+(?:is|at)\b|come\s+over\s+to")
HOME_EN = rx(r"garage\s+sale|yard\s+sale|my\s+(?:new\s+)?(?:place|house|home|apartment|apt|condo|add?ress?)"
             r"|our\s+(?:new\s+)?(?:place|house|home|apartment|condo|address)"
             r"|\bmoved\b|\bI\s+live|\bwe\s+live|\bI{AP}m\s+at|\bwe{AP}re\s+at|come\s+(?:over|by)|(?:drop|swing|stop)\s+by|party\s+at"
             r"|housewarming|bbq\s+at|dinner\s+at|\bat\s+ours\b|new\s+address|home\s+address|my\s+(?:parents|mom|mum|dad"
             r"|grandma|grandpa){AP}?s?")
HOME_FR = rx(r"vente\s+de\s+garage|rendue?s?\s+au|j{AP}reste|chez\s+(?:nous|moi|mes|ma|mon|nos|vous|toi)|j{AP}habite"
             r"|on\s+habite|nous\s+habitons|on\s+reste|je\s+reste|d[ée]m[ée]nag"
             r"|notre\s+(?:nouvelle\s+|nouveau\s+)?(?:maison|condo|appart|logement|adresse|chalet)|ma\s+(?:nouvelle\s+)?(?:maison|adresse)"
             r"|mon\s+(?:nouvel\s+|nouveau\s+)?(?:appart|appartement|condo|logement)|l{AP}appart|cr[ée]maill[èe]re|\bparty\b|\bbbq\b"
             r"|souper|venez|viens|passez|rejoindre|nouvelle\s+adresse|[àa]\s+la\s+maison")
ADDRESS_REASON = "Street address next to a home cue ('{}')"

# --- dates of birth --------------------------------------------------------------------------

KIN_EN = r"(?:son|daughter|baby|little\s+one|twins|boy|girl|kid|mom|mum|mother|dad|father|wife|husband|partner|sister|brother)"
KIN_FR = (r"(?:fille|fils|b[ée]b[ée]|gar[çc]on|petite?|p{AP}tite?|puce|cocotte|jumeaux|jumelles|m[èe]re|p[èe]re|blonde|chum"
          r"|femme|mari|conjointe?|s[œo]e?ur|fr[èe]re|gars|grande?|enfant|plus\s+vieux|plus\s+vieille|plus\s+jeune)")
BORN_EN = rx(rf"\b(?:I|(?:my|our)\s+{KIN_EN}(?:\s+\w+)?)\s+(?:was|were)\s+born\s+(?:on\s+)?({DATE_EN})")
BIO_BORN_EN = rx(rf"(?:^|(?<=[.!?\n]\s)|(?<=\n))Born\s+(?:on\s+)?({DATE_EN})")
BIRTHDAY_EN = rx(rf"\bmy\s+(?:birthday|bday|b-day)\s*(?:is|{AP}s|:)?\s*(?:on\s+)?(?:the\s+)?({DATE_EN})")
TURNED_EN = rx(r"\bI\s+(?:just\s+)?(?:turned|turn)\s+\d{2}\s+today\b|\bI(?:{AP}m|\s+am)\s+(?:turning\s+)?\d{2}\s+today\b"
               r"|\btoday\s+I\s+(?:turned|turn|am)\s+\d{2}\b")
BORN_FR = rx(rf"\b(?:je\s+suis|j{AP}suis|chu|suis|(?:ma|mon|notre|nos)\s+{KIN_FR}(?:\s+\w+)?\s+(?:est"
             rf"|sont))\s+n[ée]e?s?\s+(?:le\s+)?({DATE_FR})")
BIO_BORN_FR = rx(rf"(?:^|(?<=[.!?\n]\s)|(?<=\n))N[ée]e?(?:\(e\))?\s+le\s+({DATE_FR})")
BIRTHDAY_FR = rx(rf"\b(?:ma\s+f[êe]te|mon\s+anniversaire|mon\s+anniv|ma\s+date\s+de\s+f[êe]te)\s*(?:c{AP}est|est|tombe"
                 rf"|:)?\s*(?:le\s+)?({DATE_FR})")
TURNED_FR = rx(r"\b(?:j{AP}ai\s+eu|j{AP}ai|j{AP}viens\s+d{AP}avoir|je\s+viens\s+d{AP}avoir|j{AP}f[êe]te\s+mes"
               r"|je\s+f[êe]te\s+mes)\s+\d{2}\s+ans"
               r"\s+aujourd{AP}hui|\baujourd{AP}hui,?\s+j{AP}ai\s+(?:eu\s+)?\d{2}\s+ans\b")
TODAY_REASON = "Age given 'today': with the post's date it reveals the date of birth"

# --- away from home --------------------------------------------------------------------------

ORD = r"\d{1,2}(?:st|nd|rd|th)"
NUM_EN = r"(?:\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|a\s+couple\s+of|a\s+few|couple\s+of)"
TIME_EN = (rf"(?:tomorrow|tonight|this\s+(?:weekend|week|{DAY_EN})|next\s+(?:week|weekend|month|{DAY_EN})"
           rf"|all\s+(?:of\s+)?next\s+week|all\s+week"
           rf"|for\s+{NUM_EN}\s+(?:days?|weeks?|months?|nights?)|until\s+(?:the\s+)?(?:{ORD}|{DAY_EN}|{MONTH_EN}\s+\d{{1,2}})"
           rf"|from\s+(?:the\s+)?{ORD}\s+(?:to|till|until|through)\s+(?:the\s+)?{ORD}|on\s+(?:the\s+)?{ORD}|(?:on\s+)?{DAY_EN}"
           rf"|{MONTH_EN}\s+\d{{1,2}}(?:st|nd|rd|th)?(?!\d))")
CAPITAL = r"(?=\s+(?-i:[A-ZÀ-Ý]))"  # a place name follows ("in Mexico", "en Floride"), not "in tomorrow"
LEAVE_EN = (rf"(?:\b(?:we|I)(?:{{AP}}re|{{AP}}m|{{AP}}ll\s+be|\s+are|\s+am|\s+will\s+be)\s+(?:(?:off|heading|flying|leaving"
            rf"|travell?ing)\s+(?:to|out|off|for|on)|away|gone|(?:going|driving)\s+(?:to{CAPITAL}|on\s+(?:vacation|holiday"
            rf"|a\s+trip))|out\s+of\s+(?:town|the\s+country)|on\s+(?:vacation|holiday|a\s+trip)"
            rf"|at\s+the\s+(?:cottage|cabin|lake)|in{CAPITAL})|\b(?:we|I)\s+(?:leave|fly|head\s+out|take\s+off)"
            rf"|(?:^|(?<=[.!?]\s)|(?<=\n))(?:off\s+to|heading\s+(?:to|out)|flying\s+(?:out|to)|away|gone|out\s+of\s+town))\b")
AWAY_EN = rx(rf"{LEAVE_EN}[^.!?\n]{{0,40}}?\b{TIME_EN}(?:[^.!?\n]{{0,30}}?\s{TIME_EN})?")
BACK_EN = rx(rf"\bback\s+(?:home\s+)?(?:on\s+)?(?:the\s+)?(?:{ORD}|{DAY_EN}|{MONTH_EN}\s+\d{{1,2}}(?:st|nd|rd|th)?|next\s+week)\b"
             rf"|\bsee\s+(?:you|y{{AP}}all)\s+in\s+{NUM_EN}\s+(?:days|weeks?)\b")
EMPTY_EN = rx(rf"\b(?:house|home|place|apartment|condo)\s+(?:is|will\s+be|{{AP}}ll\s+be)\s+empty(?:\s+{TIME_EN})?|\bempty\s+house\b"
              r"|\b(?:nobody|no\s*one)(?:{AP}s|\s+will\s+be)?\s+(?:home|at\s+(?:the\s+)?house)\b")
AWAY_VETO_EN = rx(r"last\s+(?:year|summer|winter|spring|fall|week|month|time)|\bago\b|got\s+back|(?:we{AP}re|I{AP}m)\s+back|back\s+from"
                  r"|throwback|#tbt|used\s+to|remember\s+when|\bin\s+(?:19|20)\d\d\b|\b(?:game|match|road\s+trip|playoffs?|concert"
                  r"|movie|meeting|gym|practice|for\s+sale|work|office|job|shift|bed|sleep|nap)\b")
NUM_FR = r"(?:\d{1,2}|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|quelques)"
DAYNUM_FR = rf"(?:1er|\d{{1,2}})(?:\s+{MONTH_FR})?"
TIME_FR = (rf"(?:demain|ce\s+soir|cette\s+(?:fin\s+de\s+semaine|semaine)|en\s+fin\s+de\s+semaine|(?:toute\s+"
           rf"|de\s+)?la\s+semaine\s+prochaine"
           rf"|(?:pour\s+)?{NUM_FR}\s+(?:jours|semaines?|mois|nuits)|du\s+{DAYNUM_FR}\s+au\s+{DAYNUM_FR}"
           rf"|jusqu{{AP}}(?:au\s+{DAYNUM_FR}|[àa]\s+{DAY_FR})|le\s+{DAYNUM_FR}(?![\d,]|\s*h\b|\s*\$)|{DAY_FR}(?:\s+prochain)?"
           rf"|en\s+{MONTH_FR})")
THERE_FR = rf"(?:au\s+(?:chalet|camping)|pas\s+l[àa]|(?:en|au|aux|[àa]|dans){CAPITAL})"  # where: the cottage, abroad
GOING_FR = r"(?=\s+(?:en|au|aux|[àa]|dans|chez|pour)\b)"  # "on s'en va en Gaspésie", not "on s'en va voter"
LEAVE_FR = (rf"(?:\bon\s+(?:part|s{{AP}}en\s+va{GOING_FR}|s{{AP}}envole|d[ée]colle|sera\s+(?:partis?|absents?|{THERE_FR})"
            rf"|est\s+(?:partis?|{THERE_FR})"
            rf"|va\s+[êe]tre\s+(?:partis?|absents?|{THERE_FR}))|\bje\s+(?:pars|m{{AP}}en\s+vais{GOING_FR}|m{{AP}}envole"
            rf"|serai\s+(?:partie?|absente?"
            rf"|{THERE_FR})|vais\s+[êe]tre\s+(?:partie?|absente?|{THERE_FR}))|\bj{{AP}}pars|\bchu\s+(?:parti|partie"
            rf"|en\s+vacances|{THERE_FR})"
            rf"|\bnous\s+(?:partons|serons|sommes\s+partis)|\b(?:je\s+suis|j{{AP}}suis|on\s+est|nous\s+sommes|suis)\s+(?:en\s+vacances"
            rf"|en\s+voyage|[àa]\s+l{{AP}}ext[ée]rieur|absente?s?)|(?:^|(?<=[.!?]\s)|(?<=\n))(?:parti(?:e|s|es)?(?=\s+(?:pour"
            rf"|en|au|aux|[àa])\b)"
            rf"|en\s+vacances|en\s+voyage|absents?))(?!\w)")
AWAY_FR = rx(rf"{LEAVE_FR}[^.!?\n]{{0,40}}?(?<!\w){TIME_FR}(?:[^.!?\n]{{0,30}}?\s{TIME_FR})?")
BACK_FR = rx(rf"\bde\s+retour\s+(?:le\s+{DAYNUM_FR}|{DAY_FR}|dans\s+{NUM_FR}\s+(?:jours|semaines?)|la\s+semaine\s+prochaine)"
             rf"|\bon\s+se\s+(?:revoit|reparle)\s+dans\s+{NUM_FR}\s+(?:jours|semaines?)")
EMPTY_FR = rx(rf"\b(?:la\s+)?maison\s+(?:(?:est|sera|va\s+[êe]tre)\s+)?vide(?:\s+{TIME_FR})?|\bpersonne\s+(?:[àa]\s+la\s+maison"
              rf"|chez\s+nous)")
AWAY_VETO_FR = rx(r"l{AP}an(?:n[ée]e)?\s+(?:derni[èe]re?|pass[ée]e?)|l{AP}(?:[ée]t[ée]|hiver|automne|printemps)\s+(?:dernier|pass[ée])"
                  r"|\bil\s+y\s+a\s+\d+|\brevenu|de\s+retour\s+(?:[àa]\s+la\s+maison|chez\s+nous|du|de\s+la|des|d{AP})|souvenirs?|#tbt"
                  r"|\ben\s+(?:19|20)\d\d\b|quand\s+(?:on\s+est|je\s+suis)\s+parti|[àa]\s+vendre|\b(?:bureau|travail|job|r[ée]union|match"
                  r"|game|gym|[ée]picerie|[ée]cole|pratique|shift|quart|dodo|lit)\b")
AWAY_REASON = "Away from home at a stated time ('{}')"

# --- health ----------------------------------------------------------------------------------

COND_EN = (r"(?:cancer|leuka?emia|lymphoma|tumou?r|diabetes|diabetic|autis(?:m|tic)|ADHD|depression|anxiety|panic\s+attacks|bipolar"
           r"|burn-?out|PTSD|schizophreni[ac]|eating\s+disorder|anorexia|bulimia|epilep(?:sy|tic)|multiple\s+sclerosis|Crohn{AP}?s"
           r"|colitis|HIV|hepatitis|dementia|Alzheimer{AP}?s|Parkinson{AP}?s|stroke(?!\s+of)|heart\s+attack|miscarriage|pregnant|pregnancy"
           r"|infertility|concussion|seizures?|sick\s+leave|medical\s+leave|stress\s+leave|hospitali[sz]ed"
           r"|in\s+(?:the\s+)?(?:hospital|ICU))")
TREAT_EN = (r"(?:chemo(?:therapy)?|radiation(?:\s+therapy)?|surgery(?!\s+(?:residency|rotation|department|team|schedule"
            r"|resident))|an?\s+operation|hysterectomy|mastectomy|C-section|antidepressants?"
            r"|insulin|Zoloft|Prozac|Lexapro|Cipralex|Effexor|Wellbutrin|Ritalin|Adderall|Vyvanse|methadone|IVF|fertility\s+treatments?"
            r"|dialysis|transplant|biopsy|rehab|therapy(?!\s+dogs?)|meds|medications?)")
CARE_EN = r"(?:therapist|psychiatrist|psychologist|counsell?or|oncologist|diagnosis|relapse|sobriety)"
HEALTH_EN = (
    (rx(rf"\b(?:I|we|my\s+\w+)\s+(?:was|were|have\s+been|{AP}ve\s+been|got|just\s+got)\s+diagnosed\s+with\s+"
        rf"(?:a\s+|an\s+|stage\s+\w+\s+|type\s+[12]\s+)?(?:{COND_EN}|{TREAT_EN})\b"), "a diagnosis ('diagnosed with')"),
    (rx(rf"\b(?:I|we)(?:{AP}m|\s+am|{AP}re|\s+are|\s+have|{AP}ve\s+got|\s+had|\s+suffer\s+from|\s+started|{AP}m\s+starting|\s+beat"
        rf"|{AP}ve\s+(?:been\s+)?(?:struggl(?:ed|ing)|liv(?:ed|ing)|dealt|dealing|battl(?:ed|ing))\s+with|\s+(?:struggle"
        rf"|struggled|live|lived"
        rf"|deal|dealt|cope|coped|battle|battled)\s+with|{AP}m\s+(?:struggling|living|dealing|coping|battling)\s+with)\s+"
        rf"(?:on\s+|in\s+|having\s+|recovering\s+from\s+|getting\s+)?(?:a\s+|an\s+|my\s+|stage\s+\w+\s+|type\s+[12]\s+|severe\s+"
        rf"|chronic\s+|postpartum\s+|clinical\s+)?(?:{COND_EN}|{TREAT_EN})\b"), "first person ('I have', 'I'm on', 'we're')"),
    (rx(rf"\bmy\s+(?:(?:first|last|next|latest|new|upcoming|weekly)\s+)?(?:{COND_EN}|{TREAT_EN}|{CARE_EN})\b"
        rf"|\bour\s+(?:IVF|pregnancy|miscarriage|fertility\s+treatments?)\b|\bI(?:{AP}m|\s+am)?\s+(?:started\s+)?(?:seeing"
        rf"|see)\s+a\s+{CARE_EN}\b"),
     "possessive ('my chemo', 'my therapist')"),
    (rx(rf"\b(?:my|our)\s+(?:{KIN_EN}|grandma|grandpa|grandmother|grandfather|oldest|youngest)(?:\s+[A-Z]\w+)?\s+(?:is|was|has|had|got"
        rf"|needs|starts|started|goes|went|just|will)\s+(?:\w+\s+){{0,3}}?(?:{COND_EN}|{TREAT_EN})\b"), "a family member ('my son is…')"),
    (rx(rf"\b(?:we|I)(?:{AP}re|\s+are|{AP}m|\s+am)\s+expecting(?:\s+(?:a\s+baby|baby|twins|a\s+(?:boy|girl)|our\s+\w+\s+(?:baby"
        rf"|child))\b|!)"),
     "a pregnancy ('we're expecting')"),
)
COND_FR = (r"(?:cancer|leuc[ée]mie|lymphome|tumeur|diab[èe]te|diab[ée]tique|autis(?:me|te)|TDAH|TSA|d[ée]pression|anxi[ée]t[ée]"
           r"|trouble\s+anxieux|crises?\s+de\s+panique|bipolaire|burn-?out|[ée]puisement\s+professionnel|TSPT|choc\s+post-traumatique"
           r"|schizophr(?:[èe]ne|[ée]nie)|trouble\s+alimentaire|anorexie|boulimie|[ée]pilep(?:sie|tique)|scl[ée]rose\s+en\s+plaques"
           r"|(?:maladie\s+de\s+)?Crohn|VIH|s[ée]ropositi(?:f|ve)|h[ée]patite|d[ée]mence|Alzheimer|Parkinson|AVC|infarctus"
           r"|crise\s+cardiaque|fausse\s+couche|enceinte|infertilit[ée]|commotion\s+c[ée]r[ée]brale|convulsions?|cong[ée]\s+de\s+maladie"
           r"|arr[êe]t\s+(?:de\s+travail|maladie)|hospitalis[ée]e?s?|aux\s+soins\s+intensifs)")
TREAT_FR = (r"(?:chimio(?:th[ée]rapie)?|radioth[ée]rapie|antid[ée]presseurs?|insuline|Cipralex|Effexor|Wellbutrin|Ritalin|Concerta"
            r"|Vyvanse|Prozac|Zoloft|m[ée]thadone|op[ée]r[ée]e?|op[ée]rer|chirurgie|hyst[ée]rectomie|mastectomie|c[ée]sarienne|greffe"
            r"|biopsie|IRM|FIV|dialyse|th[ée]rapie|m[ée]dicaments?|m[ée]dication)")
CARE_FR = r"(?:psy|psychologue|psychiatre|th[ée]rapeute|oncologue|diagnostic|grossesse|op[ée]ration|rechute)"
ART_FR = r"(?:un\s+|une\s+|le\s+|la\s+|l{AP}|des\s+|du\s+|de\s+l{AP}|de\s+la\s+|d{AP}|de\s+|en\s+|ma\s+|mes\s+|mon\s+)?"
HEALTH_FR = (
    (rx(rf"\b(?:on\s+m{AP}a|j{AP}ai\s+[ée]t[ée]|je\s+viens\s+d{AP}[êe]tre|(?:mon|ma)\s+\w+\s+(?:a\s+[ée]t[ée]|vient\s+d{AP}[êe]tre))\s+"
        rf"diagnostiqu[ée]e?s?\s+(?:avec\s+)?{ART_FR}{COND_FR}\b"), "a diagnosis ('diagnostiqué')"),
    (rx(rf"\b(?:je\s+vis\s+avec|j{AP}vis\s+avec|je\s+combats|je\s+me\s+bats\s+contre|je\s+lutte\s+contre|je\s+fais|j{AP}fais"
        rf"|je\s+souffre|j{AP}ai|chu|j{AP}suis|je\s+suis|on\s+est|nous\s+sommes|je\s+prends|je\s+commence"
        rf"|je\s+me\s+fais|j{AP}me\s+fais|je\s+vais\s+me\s+faire|j{AP}vais\s+me\s+faire|je\s+dois\s+me\s+faire)\s+{ART_FR}"
        rf"(?:{COND_FR}|{TREAT_FR})\b"), "first person ('je fais une', 'j'ai le', 'chu')"),
    (rx(rf"\b(?:mon|ma|mes)\s+(?:(?:premi[èe]re?|derni[èe]re?|dernier|prochaine?|nouvelle?|nouveau)\s+)?(?:traitements?\s+de\s+)?"
        rf"(?:{COND_FR}|{TREAT_FR}|{CARE_FR})\b|\b(?:notre|nos)\s+(?:FIV|grossesse|fausse\s+couche|traitements?\s+de\s+fertilit[ée])\b"
        r"|\bchez\s+(?:le|la|mon|ma)\s+(?:psy|psychologue|psychiatre|th[ée]rapeute|oncologue)\b"),
     "possessive ('ma chimio', 'mes antidépresseurs')"),
    (rx(rf"\b(?:mon|ma|notre)\s+(?:{KIN_FR}|grand-m[èe]re|grand-p[èe]re|m[ée]m[ée]|p[ée]p[ée])(?:\s+[A-ZÀ-Ý][\w-]+)?\s+(?:est|a|fait"
        rf"|souffre|s{AP}est\s+fait|se\s+fait|va\s+se\s+faire|doit\s+se\s+faire|commence|prend|vient\s+d{AP}[êe]tre|sera)\s+"
        rf"(?:\w+\s+){{0,3}}?(?:l{AP}|d{AP})?(?:{COND_FR}|{TREAT_FR})\b"), "a family member ('mon fils est…')"),
    (rx(r"\b(?:on|nous)\s+(?:attend|attendons)\s+(?:un\s+(?:b[ée]b[ée]|enfant)|des\s+jumeaux|des\s+jumelles"
        r"|notre\s+\w+\s+(?:b[ée]b[ée]|enfant))\b"
        r"|\bb[ée]b[ée]\s+#?\d\s+(?:en\s+route|s{AP}en\s+vient)"), "a pregnancy ('on attend un bébé')"),
)
HEALTH_REASON = "Own or family health detail: {}"

# --- children --------------------------------------------------------------------------------

CHILD_FR = (r"(?:fille|fils|gars|grande|grand|petite|petit|p{AP}tite|p{AP}tit|puce|cocotte|coco|b[ée]b[ée]|cadet|cadette|benjamine?"
            r"|a[îi]n[ée]e?|plus\s+vieux|plus\s+vieille|plus\s+jeune|loulou|gar[çc]on|enfant|princesse|champion)")
CHILD_EN = (r"(?:daughter|son|boy|girl|kid|little\s+one|youngest|oldest|eldest|baby|little\s+guy|little\s+girl|little\s+man"
            r"|stepson|stepdaughter)")
SCHOOL_FR = (r"(?i:\b(?:l{AP})?[ée]cole(?:\s+primaire|\s+secondaire)?|\bCPE|\bgarderie|\bservice\s+de\s+garde|\bpolyvalente)\s+"
             r"(?:(?i:de\s+la|de\s+l{AP}|des|du|de|d{AP})\s*)?[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*){0,3}")
SCHOOL_EN = (r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+(?:Elementary|Public\s+School|P\.?S\.?|Primary|Middle\s+School|High\s+School"
             r"|Secondary\s+School|Montessori|Daycare|Day\s+Care|Preschool|Nursery|Academy|School)(?!\w)")
AGE_EN = (r"(?:\s*,\s*\d{1,2}(?!\d)(?:\s*(?i:yo|y/o|years?\s+old))?|\s*\(\s*\d{1,2}\s*\)|\s+(?i:is|who{AP}s|who\s+is|just\s+turned"
          r"|turned|turns)\s+\d{1,2}(?!\d)|\s+\d{1,2}\s*(?i:yo|y/o|years?\s+old))")
CHILD_CUE_EN = rx(rf"\b(?:my|our)\s+(?:{CHILD_EN}|kids?|children|twins)\b|\b(?:pick(?:ing)?\s+up|drop(?:ping)?\s+off)\b|first\s+day")
CHILD_CUE_FR = rx(rf"\b(?:ma|mon|notre|nos|mes)\s+(?:{CHILD_FR}|enfants|jumeaux|jumelles|kids?)\b|\b(?:chercher|reconduire)\s+[A-Z]"
                  r"|premi[èe]re\s+journ[ée]e|rentr[ée]e")
CHILD_VETO = rx(r"cherche\s+(?:une?\s+)?(?:[ée]ducat|enseign|prof|concierge)|recrute|embauche|hiring|job\s+posting|fermeture"
                r"|ferme\s+ses|closed|closure|gr[èe]ve|strike|r[ée]novation")
T_KID_EN = words("daughter son boy girl kid little youngest oldest eldest baby stepson stepdaughter")
T_KID_FR = words("fille fils gars grand petit p'tit p’tit puce coco bébé bebe cadet benjamin aîn ain plus_vieu plus_jeune loulou "
                 "garçon garcon "
                 "enfant princesse champion")
T_SCHOOL_EN = words("elementary school p.s _ps primary montessori daycare day_care preschool nursery academy")
T_SCHOOL_FR = words("école ecole cpe garderie service_de_garde polyvalente")
PET = rx(r"\b(?:dog|doggo|pup|puppy|cat|kitty|kitten|chien|chienne|chiot|chat|chatte|minou|toutou|pitou|squeaky|vet|v[ée]t[ée]rinaire"
         r"|woof|meow|miaou)\b|🐶|🐱|🐕|🐈|🐾")
CHILD_RULES_EN = (
    PiiRule("child", rx(rf"(?i:\b(?:my|our)\s+{CHILD_EN})\s*,?\s+{NAME}{AGE_EN}", 0), "Child identified: name with age", 0.75,
            veto=PET, window=80, min_digits=1, triggers=(T_KID_EN,)),
    PiiRule("child", rx(rf"(?i:\b\d{{1,2}}(?:st|nd|rd|th)\s+birthday(?:\s+to)?\s+(?:my|our)\s+(?:(?:little|big|baby|sweet)\s+)?"
                        rf"(?:guy|girl|boy|man|son|daughter|kid|one|princess|buddy|monkey|nugget|angel))\s+{NAME}", 0),
            "Child identified: name with age ('6th birthday to my…')", 0.75, veto=PET, window=80, min_digits=1,
            triggers=(("birthday",),)),
    PiiRule("child", rx(rf"(?i:\b(?:I|we)\s+(?:pick|drop)\s+(?:up|off)|\bpicking\s+up|\bdropping\s+off)\s+{NAME}\s+(?i:at|from)\s+"
                        rf"{SCHOOL_EN}(?:\s+(?i:at|around|by)\s+\d{{1,2}}(?::\d\d)?(?:\s*[ap]\.?m\.?)?)?", 0),
            "Child's routine: who, which school, when", 0.8, triggers=(words("pick drop"), T_SCHOOL_EN)),
    PiiRule("child", rx(rf"\b{SCHOOL_EN}", 0), "Child's school or daycare named", 0.7,
            need=CHILD_CUE_EN, veto=CHILD_VETO, window=80, triggers=(T_SCHOOL_EN,)),
)
CHILD_RULES_FR = (
    PiiRule("child", rx(rf"(?i:\b(?:ma|mon|notre|nos|mes)\s+{CHILD_FR})\s*,?\s+{NAME}\s*(?:,\s*|\(\s*|\s+(?i:qui\s+a|qui\s+vient\s+"
                        rf"d{{AP}}avoir|qui\s+f[êe]te\s+ses|(?:qui\s+)?a\s+eu|a|de|vient\s+d{{AP}}avoir"
                        rf"|f[êe]te\s+ses)\s+)\d{{1,2}}\s*(?i:ans)\b\)?", 0),
            "Child identified: name with age", 0.75, veto=PET, window=80, min_digits=1, triggers=(T_KID_FR, ("ans",))),
    PiiRule("child", rx(rf"(?i:\b(?:je\s+vais|j{{AP}}vais|je\s+passe|je\s+dois\s+aller|on\s+va)\s+(?:chercher|reconduire|porter"
                        rf"|d[ée]poser))"
                        rf"\s+({NAME}\s+(?i:[àa]\s+l{{AP}}[ée]cole|au\s+CPE|[àa]\s+la\s+garderie|au\s+service\s+de\s+garde)"
                        rf"(?:\s+(?:(?i:de\s+la|de\s+l{{AP}}|des|du|de|d{{AP}})\s*)?[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*){{0,3}})?"
                        rf"(?:\s+(?i:[àa]|vers)\s+\d{{1,2}}\s*h\s*\d{{0,2}})?)", 0),
            "Child's routine: who, which school, when", 0.8, group=1,
            triggers=(words("chercher reconduire porter déposer deposer"), T_SCHOOL_FR)),
    PiiRule("child", rx(SCHOOL_FR, 0), "Child's school or daycare named", 0.7, need=CHILD_CUE_FR, veto=CHILD_VETO, window=80,
            triggers=(T_SCHOOL_FR,)),
)

# --- the rule sets ---------------------------------------------------------------------------

T_HOME_EN = words("my_ our_ moved live i'm_at i’m_at we're_at we’re_at come drop_by swing_by stop_by party housewarming bbq dinner "
                  "ours address garage_sale yard_sale parents mom mum dad grandma grandpa")
T_HOME_FR = words("chez habite reste déménag demenag maison condo appart adresse logement chalet crémaill cremaill party bbq souper "
                  "venez viens passez rejoindre vente_de_garage rendu")
T_STREET_FR = words("rue boul bd av chemin ch. rang mont route rte promenade croissant impasse allée allee côte cote carr terrasse place")
T_TIME_EN = words("tomorrow tonight week month day night until monday tuesday wednesday thursday friday saturday sunday "
                  "jan feb mar apr may jun jul aug sep oct nov dec") + DIGIT
T_LEAVE_EN = words("off heading flying leaving going driving travel away gone out_of vacation holiday trip cottage cabin lake "
                   "'re_in ’re_in 'm_in ’m_in am_in are_in be_in leave fly head_out take_off")
T_TIME_FR = words("demain soir semaine jour mois nuit jusqu lundi mardi mercredi jeudi vendredi samedi dimanche "
                  "janv fév fev mars avr mai juin juil août aout sept oct nov déc dec") + DIGIT
T_LEAVE_FR = words("part pars en_va envol décolle decolle on_sera on_est on_va serai vais chu nous suis vacances voyage absent "
                   "extérieur exterieur")
T_HEALTH_EN = words(
    "cancer leuk lymph tumo diabet autis adhd depress anxi panic bipolar burn ptsd schizo eating anorex bulim epilep sclerosis "
    "crohn colitis hiv hepat dement alzheim parkins stroke heart_attack miscarr pregnan infertil concussion seizure leave "
    "hospital icu chemo radiation surgery operation hysterect mastect c-section antidep insulin zoloft prozac lexapro cipralex "
    "effexor wellbutrin ritalin adderall vyvanse methadone ivf fertility dialysis transplant biopsy rehab therap psychiatr "
    "psycholog counsel oncolog diagnos meds medication relapse sobriety expecting")
T_HEALTH_FR = words(
    "cancer leuc lymphom tumeur diab autis tdah tsa dépr depr anxi panique bipolaire burn épuisement epuisement tspt trauma "
    "schizo alimentaire anorex boulim épilep epilep sclérose sclerose crohn vih séropos seropos hépat hepat démence demence "
    "alzheim parkins avc infarctus cardiaque couche enceinte infertil commotion convuls maladie arrêt arret hospitalis intensifs "
    "chimio radioth antid insuline cipralex effexor wellbutrin ritalin concerta vyvanse prozac zoloft méthadone methadone opér "
    "oper chirurg hystér hyster mastect césar cesar greffe biopsie irm fiv dialyse thérap therap psy oncolog médica medica "
    "diagnos grossesse rechute attend bébé bebe")

RULES: Mapping[str, Sequence[PiiRule]] = {
    "fr": SHARED + (
        PiiRule("address", ADDRESS_FR, ADDRESS_REASON.format("chez nous', 'j'habite au"), 0.8, need=HOME_FR, veto=PLACE_VETO,
                rescue=HOME_STRONG, window=80, min_digits=1, triggers=(T_STREET_FR, T_HOME_FR)),
        PiiRule("birth_date", BORN_FR, "Date of birth after 'je suis né(e) le' / 'ma fille est née le'", 0.85, group=1,
                check=year_ok, min_digits=1, triggers=(words("né nee ne_le"),)),
        PiiRule("birth_date", BIO_BORN_FR, "Date of birth in a bio ('Né(e) le…')", 0.85, group=1, check=year_ok, min_digits=1,
                triggers=(words("né nee ne_le"),)),
        PiiRule("birth_date", BIRTHDAY_FR, "Birthday date ('ma fête c'est le…')", 0.7, group=1, check=year_ok, min_digits=1,
                triggers=(words("fête fete anniv"),)),
        PiiRule("birth_date", TURNED_FR, TODAY_REASON, 0.7, min_digits=2, triggers=(("aujourd",),)),
        PiiRule("away_from_home", AWAY_FR, AWAY_REASON.format("on part… le 12 juillet"), 0.75, veto=AWAY_VETO_FR,
                triggers=(T_LEAVE_FR, T_TIME_FR)),
        PiiRule("away_from_home", BACK_FR, AWAY_REASON.format("de retour le…"), 0.7, veto=AWAY_VETO_FR,
                triggers=(words("retour revoit reparle"),)),
        PiiRule("away_from_home", EMPTY_FR, "Home said to be empty ('maison vide')", 0.8, veto=AWAY_VETO_FR,
                triggers=(words("vide personne"),)),
        *(PiiRule("health", p, HEALTH_REASON.format(why), 0.75, triggers=(T_HEALTH_FR,)) for p, why in HEALTH_FR),
        *CHILD_RULES_FR,
    ),
    "en": SHARED + (
        PiiRule("address", ADDRESS_EN, ADDRESS_REASON.format("my place', 'we moved"), 0.8, need=HOME_EN, veto=PLACE_VETO,
                rescue=HOME_STRONG, window=80, min_digits=1, triggers=(T_HOME_EN,)),
        PiiRule("address", ADDRESS_EN_LOWER, "Street address typed in lower case, after 'I live at' / 'we moved to'", 0.7,
                need=HOME_EN_STRONG, veto=PLACE_VETO, window=30, min_digits=1, triggers=(words("live mov address place house home over"),)),
        PiiRule("birth_date", BORN_EN, "Date of birth after 'I was born on' / 'our son was born on'", 0.85, group=1,
                check=year_ok, min_digits=1, triggers=(("born",),)),
        PiiRule("birth_date", BIO_BORN_EN, "Date of birth in a bio ('Born March 4, 1990')", 0.85, group=1, check=year_ok, min_digits=1,
                triggers=(("born",),)),
        PiiRule("birth_date", BIRTHDAY_EN, "Birthday date ('my birthday is…')", 0.7, group=1, check=year_ok, min_digits=1,
                triggers=(words("birthday bday b-day"),)),
        PiiRule("birth_date", TURNED_EN, TODAY_REASON, 0.7, min_digits=2, triggers=(("today",),)),
        PiiRule("away_from_home", AWAY_EN, AWAY_REASON.format("off to… tomorrow for 10 days"), 0.75, veto=AWAY_VETO_EN,
                triggers=(T_LEAVE_EN, T_TIME_EN)),
        PiiRule("away_from_home", BACK_EN, AWAY_REASON.format("back on the…"), 0.7, veto=AWAY_VETO_EN,
                triggers=(words("back see_you see_y"),)),
        PiiRule("away_from_home", EMPTY_EN, "Home said to be empty ('house is empty', 'nobody home')", 0.8, veto=AWAY_VETO_EN,
                triggers=(words("empty nobody no_one noone"),)),
        *(PiiRule("health", p, HEALTH_REASON.format(why), 0.75, triggers=(T_HEALTH_EN,)) for p, why in HEALTH_EN),
        *CHILD_RULES_EN,
    ),
}


# --- the detector ----------------------------------------------------------------------------

_DIGITS = re.compile(r"\d")


def trie_regex(stems: set[str]) -> re.Pattern[str]:
    """One pattern reporting every stem found at a word boundary; a trie keeps it fast on a long list."""
    root: dict = {}
    for stem in stems:
        node = root
        for char in stem:
            node = node.setdefault(char, {})
        node[""] = stem

    def build(node: dict) -> str:
        if "" in node:
            return ""  # a shorter stem ends here: longer ones are folded into it (see _fold)
        alts = [re.escape(c) + build(child) for c, child in sorted(node.items())]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return re.compile(rf"\b(?=({build(root)}))")


def _fold(stem: str, stems: set[str]) -> str:
    """The shortest stem that is a prefix of this one: the trie reports only that one."""
    return min((s for s in stems if stem.startswith(s)), key=len)


class PersonalInfoDetector(RuleDetector):
    """RuleDetector with cheap prefilters (digit count, trigger stems) and one span per place per label."""

    def __post_init__(self) -> None:
        super().__post_init__()
        unique = {id(r): r for lang in self.languages for r in self.rules[lang]}
        stems = {w for r in unique.values() for group in r.triggers for w in group} - set(DIGIT)
        self._triggers = trie_regex(stems)
        gates = {key: tuple(frozenset(w if w in DIGIT else _fold(w, stems) for w in group) for group in r.triggers)
                 for key, r in unique.items()}
        self._plans = {lang: tuple((r, gates[id(r)]) for r in self.rules[lang]) for lang in self.languages}
        self._plans[None] = tuple((r, gates[key]) for key, r in unique.items())  # language unknown: shared rules run once

    def detect(self, post: Post, ctx: Context) -> Iterator[Finding]:
        """Run the rules of the post's language(s) that pass the prefilters; merge spans per label."""
        text = post.text
        if not text:
            return
        langs = languages_for(post, self.languages)
        present = set(self._triggers.findall(text.lower()))
        digits = len(_DIGITS.findall(text))
        if digits:
            present.update(DIGIT)
        hits: dict[str, list[tuple[int, int, str, float]]] = {}
        for rule, gates in self._plans[langs[0] if len(langs) == 1 else None]:
            if digits < rule.min_digits or any(present.isdisjoint(g) for g in gates):
                continue
            for start, end in rule.matches(text):
                hits.setdefault(rule.label, []).append((start, end, rule.reason, rule.score))
        for label, spans in hits.items():
            yield self._finding(post, label, spans)

    def _finding(self, post: Post, label: str, spans: list[tuple[int, int, str, float]]) -> Finding:
        """One finding per label; a span inside a longer span of the same label is dropped."""
        spans.sort(key=lambda s: (s[0], -s[1]))
        kept: list[tuple[int, int, str, float]] = []
        for span in spans:
            if not kept or span[1] > kept[-1][1]:
                kept.append(span)
        evidence = tuple(Evidence(s, e, why) for s, e, why, _ in kept)
        return Finding(self.name, self.category, post.key, max(s[3] for s in kept), evidence, label)


DETECTORS = (PersonalInfoDetector("personal_info", "personal_info", "1.0.0", RULES),)
