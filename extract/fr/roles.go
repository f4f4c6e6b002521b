package fr

// The words of role phrases: what a title is of, and how its holder is
// related to what it names.

// Of holds the forms of "de" that open what a title is of: "le porte-parole
// du Kremlin", "la fille de X".
var Of = map[string]bool{"de": true, "d": true, "du": true, "des": true}

// RelationalAdjectives name, after a title, the office whose holder the
// title serves: "le porte-parole présidentiel" speaks for the president.
// Values are folded title words as in Titles.
var RelationalAdjectives = map[string]string{"presidentiel": "president", "presidentielle": "president",
	"royal": "roi", "royale": "roi"}

// BodyParticiples before "par X pour PAYS" make X act for the country: "la
// délégation, dirigée par Ana Silva pour le Portugal".
var BodyParticiples = map[string]bool{"dirige": true, "dirigee": true, "diriges": true, "dirigees": true,
	"mene": true, "menee": true, "menes": true, "menees": true, "conduit": true, "conduite": true,
	"conduits": true, "conduites": true, "emmene": true, "emmenee": true, "represente": true, "representee": true}

// PairNouns after "les deux" name the two parties just named: "les deux
// parties", "les deux pays".
var PairNouns = map[string]bool{"parties": true, "pays": true, "camps": true, "capitales": true,
	"delegations": true, "gouvernements": true, "voisins": true}

// BodyNouns (folded) name a body by its kind before its name: "présidente
// de l'association « Mer propre »", "le directeur de l'ONG Ciel Bleu".
var BodyNouns = map[string]bool{"association": true, "fondation": true, "organisation": true, "ong": true,
	"societe": true, "entreprise": true, "groupe": true, "parti": true, "mouvement": true, "agence": true,
	"laboratoire": true, "club": true, "syndicat": true, "institut": true, "compagnie": true,
	"federation": true, "banque": true, "firme": true, "collectif": true, "cabinet": true}

// DepartmentWords (folded), lower case after "de", still name a department
// of a title: "le secrétaire de presse", "le secrétaire d'État".
var DepartmentWords = map[string]bool{"presse": true, "etat": true}

// Indefinites before a title make it an unnamed official of what follows:
// "un porte-parole du Kremlin" speaks for the Kremlin.
var Indefinites = map[string]bool{"un": true, "une": true}

// CountryPrepositions (folded) put a place in the country after them: "à
// Lausanne en Suisse", "à Mombasa au Kenya".
var CountryPrepositions = map[string]bool{"en": true, "au": true, "aux": true}

// AppointmentWords (folded) name an appointment to a title: "la nomination
// de X au poste de directeur général", "X a été nommé ministre".
var AppointmentWords = map[string]bool{"nomination": true, "designation": true, "nomme": true,
	"nommee": true, "designe": true, "designee": true}

// PostWords (folded) may stand between an appointment and its title: "au
// poste de", "comme", "en tant que".
var PostWords = map[string]bool{"au": true, "a": true, "le": true, "poste": true, "de": true, "d": true,
	"comme": true, "en": true, "tant": true, "que": true, "qu": true}
