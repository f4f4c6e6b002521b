// Package fr holds the French knowledge newskg's rules use: the words that
// cue relations (verbs by lemma, event nouns), titles and what they imply,
// negation, modality and reporting verbs, the function words that never
// start a name. It is data in Go form; it does not read text itself, so the
// rules that apply it stay language-neutral and English can sit beside it.
// The typographic folding of the language core is in nlp/fr.
package fr

import "github.com/newskg/newskg/schema"

// TitleRelation is what a title says about the person who holds it.
type TitleRelation struct {
	Predicate schema.Predicate // leaderOf, worksFor or relativeOf
}

// Titles maps folded titles (one or more words) to the relation they imply.
// Longer titles are matched first ("secrétaire d'État" before "secrétaire").
var Titles = map[string]TitleRelation{
	"president": {schema.LeaderOf}, "presidente": {schema.LeaderOf},
	"dirigeant": {schema.LeaderOf}, "dirigeante": {schema.LeaderOf},
	"leader": {schema.LeaderOf}, "chef de l etat": {schema.LeaderOf},
	"chef du gouvernement": {schema.LeaderOf}, "chef": {schema.LeaderOf},
	"premier ministre": {schema.LeaderOf}, "premiere ministre": {schema.LeaderOf},
	"chancelier": {schema.LeaderOf}, "chanceliere": {schema.LeaderOf},
	"roi": {schema.LeaderOf}, "reine": {schema.LeaderOf}, "prince heritier": {schema.LeaderOf},
	"secretaire general": {schema.LeaderOf}, "secretaire generale": {schema.LeaderOf},
	"homologue": {schema.LeaderOf},
	"emissaire": {schema.WorksFor}, "emissaire special": {schema.WorksFor},
	"envoye": {schema.WorksFor}, "envoyee": {schema.WorksFor}, "envoye special": {schema.WorksFor},
	"envoi":      {schema.WorksFor},
	"conseiller": {schema.WorksFor}, "conseillere": {schema.WorksFor},
	"ministre": {schema.WorksFor}, "secretaire d etat": {schema.WorksFor},
	"secretaire": {schema.WorksFor}, "secretaire de presse": {schema.WorksFor},
	"porte parole": {schema.WorksFor}, "negociateur": {schema.WorksFor}, "negociatrice": {schema.WorksFor},
	"negociateur en chef": {schema.WorksFor},
	"assistant":           {schema.WorksFor}, "assistante": {schema.WorksFor},
	"ambassadeur": {schema.WorksFor}, "ambassadrice": {schema.WorksFor},
	"chef de la diplomatie": {schema.WorksFor}, "vice president": {schema.WorksFor},
	"vice presidente": {schema.WorksFor}, "directeur": {schema.WorksFor}, "directrice": {schema.WorksFor},
	"chef d etat major": {schema.WorksFor}, "chef de cabinet": {schema.WorksFor}, "commandant": {schema.WorksFor},
	"patron": {schema.WorksFor}, "patronne": {schema.WorksFor},
	"gendre": {schema.RelativeOf}, "fils": {schema.RelativeOf}, "fille": {schema.RelativeOf},
	"epouse": {schema.RelativeOf}, "epoux": {schema.RelativeOf}, "mari": {schema.RelativeOf},
	"frere": {schema.RelativeOf}, "soeur": {schema.RelativeOf}, "beau pere": {schema.RelativeOf},
	"neveu": {schema.RelativeOf}, "niece": {schema.RelativeOf},
	"mere": {schema.RelativeOf}, "pere": {schema.RelativeOf}, "compagnon": {schema.RelativeOf},
	"compagne": {schema.RelativeOf}, "conjoint": {schema.RelativeOf}, "conjointe": {schema.RelativeOf},
	"femme": {schema.RelativeOf}, "veuve": {schema.RelativeOf}, "belle fille": {schema.RelativeOf},
	"beau frere": {schema.RelativeOf}, "belle soeur": {schema.RelativeOf}, "belle mere": {schema.RelativeOf},
	"petit fils": {schema.RelativeOf}, "petite fille": {schema.RelativeOf}, "cousin": {schema.RelativeOf},
	"cousine": {schema.RelativeOf}, "oncle": {schema.RelativeOf}, "tante": {schema.RelativeOf},
	"grand pere": {schema.RelativeOf}, "grand mere": {schema.RelativeOf},
	"pdg": {schema.LeaderOf}, "copresident": {schema.LeaderOf}, "copresidente": {schema.LeaderOf},
	"directeur general": {schema.LeaderOf}, "directrice generale": {schema.LeaderOf},
	"procureur": {schema.WorksFor}, "procureure": {schema.WorksFor}, "chercheur": {schema.WorksFor},
	"chercheuse": {schema.WorksFor},
}

// FormerWords make a title past: "l'ancien président" leads nothing.
var FormerWords = map[string]bool{"ancien": true, "ancienne": true, "ex": true, "defunt": true, "feu": true, "futur": true, "future": true}

// Negators, after "ne", make a clause negative.
var Negators = map[string]bool{"pas": true, "jamais": true, "plus": true, "point": true, "guere": true, "aucun": true, "aucune": true, "rien": true, "nullement": true}

// ModalLemmas put what follows them in the future or the hypothetical:
// "pourrait rencontrer", "envisage de rencontrer", "va rencontrer".
var ModalLemmas = map[string]schema.Modality{
	"pouvoir": schema.Hypothetical, "devoir": schema.Planned, "vouloir": schema.Hypothetical,
	"envisager": schema.Planned, "prévoir": schema.Planned, "compter": schema.Planned,
	"espérer": schema.Hypothetical, "souhaiter": schema.Hypothetical, "chercher": schema.Hypothetical,
	"tenter": schema.Hypothetical, "essayer": schema.Hypothetical, "menacer": schema.Hypothetical,
	"aller": schema.Planned, "décider": schema.Planned, "convenir": schema.Planned, "promettre": schema.Planned,
	"proposer": schema.Hypothetical, "refuser": schema.Hypothetical, "préparer": schema.Hypothetical,
	"viser": schema.Hypothetical, "appeler": schema.Hypothetical, "demander": schema.Hypothetical,
	"exhorter": schema.Hypothetical, "engager": schema.Planned, "accepter": schema.Planned,
}

// NegatingLemmas deny what follows them: "a refusé de rencontrer", "dément
// avoir attaqué", "exclut de libérer".
var NegatingLemmas = map[string]bool{"refuser": true, "nier": true, "démentir": true, "exclure": true,
	"renoncer": true, "éviter": true, "contester": true, "empêcher": true}

// Implicative verbs entail what follows them when they are asserted: "a
// accepté de libérer Vinnik" says he was released.
var Implicative = map[string]bool{"accepter": true, "réussir": true, "parvenir": true}

// BlockingWords before a verb take its event out of the facts: "avant
// d'accepter", "sans rencontrer", "pour récupérer", "afin de".
var BlockingWords = map[string]bool{"avant": true, "sans": true, "pour": true, "afin": true, "si": true}

// ReportingLemmas introduce reported speech: "X a déclaré que ...".
var ReportingLemmas = map[string]bool{"déclarer": true, "dire": true, "affirmer": true, "indiquer": true,
	"annoncer": true, "ajouter": true, "préciser": true, "souligner": true, "estimer": true, "assurer": true,
	"expliquer": true, "écrire": true, "confirmer": true, "mentionner": true, "noter": true, "rapporter": true,
	"répondre": true, "soutenir": true, "juger": true, "prévenir": true, "avertir": true, "insister": true,
	"déplorer": true, "reconnaître": true, "raconter": true, "lancer": true, "poursuivre": true,
	"conclure": true, "commenter": true, "répéter": true, "rappeler": true, "tweeter": true,
	"publier": true, "qualifier": true, "martelé": true, "marteler": true, "interroger": true, "exprimer": true}

// SpeakerPronouns are the subject pronouns of an inverted speech verb
// ("a-t-il dit") and of a clause.
var SpeakerPronouns = map[string]bool{"il": true, "elle": true, "ils": true, "elles": true}

// FunctionWords never start or make up a name, even capitalized at the
// start of a sentence.
var FunctionWords = map[string]bool{}

func init() {
	for _, w := range []string{"le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "au", "aux",
		"et", "ou", "mais", "donc", "or", "ni", "car", "que", "qu", "qui", "quoi", "dont", "où", "ce", "cet",
		"cette", "ces", "son", "sa", "ses", "leur", "leurs", "mon", "ma", "mes", "notre", "nos", "votre",
		"vos", "il", "elle", "ils", "elles", "on", "nous", "vous", "je", "j", "tu", "se", "s", "en", "y",
		"dans", "sur", "sous", "avec", "sans", "pour", "par", "chez", "vers", "selon", "lors", "après",
		"avant", "depuis", "pendant", "contre", "entre", "alors", "ainsi", "aussi", "cependant", "toutefois",
		"pourtant", "enfin", "puis", "face", "bien", "même", "tous", "tout", "toute", "toutes", "plus",
		"moins", "très", "déjà", "encore", "jamais", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
		"samedi", "dimanche", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
		"septembre", "octobre", "novembre", "décembre", "cela", "ceci", "celui", "celle", "ceux", "chaque",
		"quelques", "plusieurs", "comme", "quand", "lorsque", "si", "dès", "of", "the", "and", "in", "a",
		"à", "c", "n", "ne", "pas", "oui", "non", "ici", "là", "hier", "aujourd", "demain", "mme", "m",
		"dr", "président", "présidente", "ministre", "secrétaire", "général", "état", "premier", "première"} {
		FunctionWords[w] = true
	}
}

// OrganizationWords, inside an unknown name, make it an organization.
var OrganizationWords = map[string]bool{"agence": true, "institut": true, "parti": true, "banque": true,
	"ministère": true, "conseil": true, "union": true, "fondation": true, "université": true,
	"organisation": true, "commission": true, "front": true, "groupe": true, "projet": true,
	"comité": true, "bureau": true, "service": true, "services": true, "office": true, "tribunal": true,
	"cour": true, "assemblée": true, "parlement": true, "gouvernement": true, "armée": true,
	"association": true, "société": true, "compagnie": true, "corporation": true, "inc": true,
	"news": true, "times": true, "post": true, "journal": true, "press": true, "media": true, "télévision": true}

// OrganizationHeads before a name in capitals make it an organization even
// when its words are ordinary French: "le parti Renouveau civique",
// "l'association Terres vives".
var OrganizationHeads = map[string]bool{"parti": true, "association": true, "société": true, "groupe": true,
	"banque": true, "fondation": true, "compagnie": true, "entreprise": true, "syndicat": true,
	"mouvement": true, "collectif": true, "constructeur": true, "laboratoire": true, "club": true}

// InstitutionHeads before "de X" name an institution of the place X, named
// with its head noun: "l'université de Quervelle".
var InstitutionHeads = map[string]bool{"universite": true, "institut": true, "academie": true, "hopital": true,
	"lycee": true, "ecole": true, "musee": true, "prefecture": true, "mairie": true}

// EmployerNouns before "de X" make X an organization: "le directeur
// général de Brelvane", "les salariés de Caissor", "à la tête de Vexalia".
var EmployerNouns = map[string]bool{"directeur": true, "directrice": true, "pdg": true, "patron": true,
	"patronne": true, "salaries": true, "employes": true, "actionnaires": true, "siege": true,
	"filiale": true, "tete": true, "dirigeants": true, "fondateur": true, "fondatrice": true, "general": true}

// PlacePrepositions before an unknown name or a capital make it a place.
var PlacePrepositions = map[string]bool{"à": true, "en": true, "dans": true, "vers": true, "depuis": true, "près": true}

// PlaceNouns before "de X" make X a place: "la région de Koursk".
var PlaceNouns = map[string]bool{"region": true, "ville": true, "territoire": true, "oblast": true, "province": true,
	"localite": true, "village": true, "capitale": true, "port": true, "peninsule": true, "cite": true,
	"banlieue": true, "peripherie": true, "environs": true, "maire": true, "habitants": true}
