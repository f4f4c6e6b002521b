package fr

// The function words, auxiliaries and small closed classes the rules read
// around a cue: folded forms (no accents, lower case) unless a comment says
// the keys are lemmas.

import "github.com/newskg/newskg/schema"

// Prepositions whose object is not the subject of a clause.
var Prepositions = map[string]bool{"de": true, "d": true, "du": true, "des": true, "a": true, "au": true,
	"aux": true, "avec": true, "contre": true, "sur": true, "pour": true, "par": true, "en": true,
	"dans": true, "entre": true, "via": true, "chez": true, "vers": true, "selon": true, "sans": true,
	"apres": true, "avant": true, "depuis": true, "pendant": true, "lors": true, "envers": true,
	"concernant": true, "quant": true, "malgre": true, "durant": true, "parmi": true, "outre": true,
	"hormis": true, "sauf": true, "face": true, "aupres": true}

// Articles (folded) may stand between a preposition or a verb and its noun.
var Articles = map[string]bool{"le": true, "la": true, "les": true, "l": true, "un": true, "une": true}

// Possessives before a title or an event noun point at their owner: "son
// homologue", "sa rencontre avec X".
var Possessives = map[string]bool{"son": true, "sa": true, "ses": true, "leur": true, "leurs": true}

// ActorNouns name a country's or organization's people acting for it: "les
// forces russes", "la direction russe", "l'administration américaine".
var ActorNouns = map[string]bool{"forces": true, "troupes": true, "armee": true, "soldats": true,
	"militaires": true, "unites": true, "direction": true, "administration": true, "gouvernement": true,
	"diplomatie": true, "regime": true, "autorites": true, "responsables": true, "dirigeants": true,
	"negociateurs": true, "services": true, "delegation": true, "delegations": true, "partie": true,
	"presidence": true, "camp": true, "representants": true, "diplomates": true, "emissaires": true}

// NameParticles may sit inside a name: "Ursula von der Leyen".
var NameParticles = map[string]bool{"von": true, "van": true, "der": true, "den": true, "de": true,
	"bin": true, "ben": true, "al": true, "el": true, "da": true, "di": true, "del": true, "la": true}

// TitleAdjectives may follow a title before what it is a title of: "l'envoyé
// spécial de", "le secrétaire général adjoint".
var TitleAdjectives = map[string]bool{"special": true, "speciale": true, "diplomatique": true, "senior": true,
	"adjoint": true, "adjointe": true, "principal": true, "principale": true, "general": true, "generale": true,
	"personnel": true, "personnelle": true, "en": true, "chef": true}

// Auxiliaries (folded forms of avoir and être) stand between a subject or a
// clitic and its participle.
var Auxiliaries = map[string]bool{"a": true, "ont": true, "avait": true, "avaient": true, "est": true,
	"sont": true, "ete": true, "ait": true, "aient": true, "eu": true, "etait": true, "etaient": true,
	"soit": true, "soient": true, "fut": true, "furent": true, "as": true, "avons": true, "avez": true}

// FutureAuxiliaries put the participle or infinitive after them in the
// future or the hypothetical: "sera reçu", "aurait rencontré", "va signer".
var FutureAuxiliaries = map[string]schema.Modality{"sera": schema.Planned, "seront": schema.Planned,
	"aura": schema.Planned, "auront": schema.Planned, "serait": schema.Hypothetical,
	"seraient": schema.Hypothetical, "aurait": schema.Hypothetical, "auraient": schema.Hypothetical,
	"va": schema.Planned, "vont": schema.Planned, "allait": schema.Planned, "allaient": schema.Planned}

// Honorifics head a name in the parse: "M. Witkoff" is M. with Witkoff below.
var Honorifics = map[string]bool{"m": true, "mme": true, "monsieur": true, "madame": true, "mlle": true, "dr": true}

// StrongNegators make a clause negative even without "ne" in speech-like
// text ("c'est pas fini"); the others need "ne".
var StrongNegators = map[string]bool{"pas": true, "jamais": true, "nullement": true, "guere": true, "point": true}

// PastEventMarkers introduce an event that took place: "lors de leur
// rencontre", "après la réunion", "à l'issue de l'entretien".
var PastEventMarkers = map[string]bool{"lors": true, "apres": true, "pendant": true, "durant": true, "issue": true,
	"depuis": true, "terme": true, "lendemain": true}

// PlannedAdjectives after an event noun make it a plan, not an event that
// took place: "une rencontre imminente", "un sommet possible".
var PlannedAdjectives = map[string]bool{"imminente": true, "prochaine": true, "prevue": true, "possible": true,
	"eventuelle": true, "potentielle": true, "potentiel": true}

// DeputyAdjectives after a title make its holder a deputy: "le chef adjoint"
// works for the country; it does not lead it.
var DeputyAdjectives = map[string]bool{"adjoint": true, "adjointe": true}

// GenericLeaderTitles name a leader whatever their office: "le dirigeant
// chinois" is the Chinese president, "le président américain" is not the
// American secretary of state.
var GenericLeaderTitles = map[string]bool{"dirigeant": true, "dirigeante": true, "leader": true, "chef": true,
	"dirigeants": true, "homologue": true}

// NationalityPrefixes are the first halves of compound nationalities
// ("franco-algérien"), each with a nationality word of the same country.
var NationalityPrefixes = map[string]string{"franco": "français", "germano": "allemand", "italo": "italien",
	"russo": "russe", "sino": "chinois", "americano": "américain", "israelo": "israélien", "hispano": "espagnol",
	"belgo": "belge", "greco": "grec", "turco": "turc", "nippo": "japonais", "indo": "indien", "syro": "syrien",
	"libano": "libanais", "irano": "iranien", "helveto": "suisse", "anglo": "britannique", "polono": "polonais"}

// PlaceLinks (folded) may stand between a place and the country or region
// it is in: "à Mombasa, au Kenya", "Sokal, dans le nord de l'Ukraine".
var PlaceLinks = map[string]bool{"a": true, "au": true, "aux": true, "en": true, "dans": true, "de": true,
	"d": true, "du": true, "des": true, "nord": true, "sud": true, "est": true, "ouest": true, "centre": true}

// Numerals may stand between an article and a plural noun: "les deux Belges".
var Numerals = map[string]bool{"deux": true, "trois": true, "quatre": true, "cinq": true, "plusieurs": true}

// CounterpartTitles name the holder of the same office as someone else:
// "son homologue allemand" is what its owner is, in Germany.
var CounterpartTitles = map[string]bool{"homologue": true, "homologues": true}

// PeopleNouns among the ActorNouns name people, not a body: "les dirigeants
// américains et russes" are the two leaders, not the two states meeting.
var PeopleNouns = map[string]bool{"dirigeants": true, "responsables": true, "negociateurs": true,
	"diplomates": true, "emissaires": true, "representants": true, "soldats": true, "militaires": true}

// AuthorshipParticiples after a proposal name who made it: "le plan
// présenté par X", "la proposition avancée par X".
var AuthorshipParticiples = map[string]bool{"presente": true, "presentee": true, "propose": true,
	"proposee": true, "elabore": true, "elaboree": true, "avance": true, "avancee": true,
	"soumis": true, "soumise": true, "porte": true, "portee": true, "redige": true, "redigee": true}

// CoincidentNouns before "de" and an infinitive say the infinitive's event
// happens with the main clause's: "au moment de recevoir X", "à l'occasion
// de rencontrer X" (not "dans l'espoir de", "en vue de", "afin de").
var CoincidentNouns = map[string]bool{"moment": true, "occasion": true}

// RequestNouns in "à la demande de X" name who asked for what the clause
// says was done.
var RequestNouns = map[string]bool{"demande": true, "requete": true, "initiative": true}

// CompanionWords (folded) introduce someone who takes part in the event of
// the clause beside its subject: "X, accompagné de Y, a rencontré Z", "aux
// côtés de Y", "en compagnie de Y". The value is the number of words the cue
// has before its "de" ("aux côtés de" is "aux côtés" then "de").
var CompanionWords = map[string]int{"accompagne": 1, "accompagnee": 1, "accompagnes": 1,
	"accompagnees": 1, "cotes": 2, "compagnie": 2}

// CompanionLeads are the words a two-word companion cue starts with: "aux
// côtés de", "en compagnie de" ("aux" is "à les" in the parse's words).
var CompanionLeads = map[string]bool{"aux": true, "les": true, "en": true}

// FactiveLemmas say that the event their object names happened: "a salué
// la libération de X", "a confirmé la rencontre" (lemmas).
var FactiveLemmas = map[string]bool{"saluer": true, "annoncer": true, "confirmer": true,
	"célébrer": true, "fêter": true, "obtenir": true, "accueillir": true}

// ConductParticiples (lemmas), after an event noun, name who conducts the
// event with their agent: "les pourparlers, menés par X", "la réunion
// présidée par X".
var ConductParticiples = map[string]bool{"mener": true, "conduire": true, "diriger": true,
	"présider": true, "piloter": true}

// DeForms are the forms of "de", alone or with an article: "la libération
// de Y", "d'Evan", "du président", "des pourparlers".
var DeForms = map[string]bool{"de": true, "d": true, "du": true, "des": true}

// ClauseWords end a clause looking backwards from a verb: "que", "mais",
// "lorsque", "quand" (and "alors que", "tandis que" with their "que").
var ClauseWords = map[string]bool{"que": true, "qu": true, "mais": true, "lorsque": true,
	"lorsqu": true, "quand": true}

// Clitics are the little words between a preposition and its infinitive:
// "avant de ne pas l'accepter".
var Clitics = map[string]bool{"de": true, "d": true, "ne": true, "n": true, "pas": true, "se": true,
	"s": true, "y": true, "en": true, "le": true, "la": true, "les": true, "l": true, "lui": true,
	"leur": true, "": true}

// ClaimForms (folded) before "la prise de X" claim the capture: "ont
// revendiqué la prise de la ville".
var ClaimForms = map[string]bool{"revendique": true, "revendiquent": true, "annonce": true, "confirme": true}

// ClaimLemmas are the verbs of ClaimForms, which state no relation of
// their own: the event noun after them does.
var ClaimLemmas = map[string]bool{"revendiquer": true, "annoncer": true, "confirmer": true}

// ListWords join the quotations of a series: "« A », « B » et « C »".
var ListWords = map[string]bool{"et": true, "ou": true, "puis": true}
