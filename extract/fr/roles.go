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
