package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"

	"github.com/spf13/cobra"

	"github.com/newskg/newskg/graph"
)

// timelineOptions are the flags of timeline and diff.
type timelineOptions struct {
	*rootOptions
	since, asOf string
	json        bool
}

func newTimelineCmd(root *rootOptions) *cobra.Command {
	o := &timelineOptions{rootOptions: root}
	cmd := &cobra.Command{
		Use:   "timeline ENTITY",
		Short: "Print an entity's statements in the order of their events, with their sources",
		Long: `Timeline prints the statements about an entity (its id, as in the API:
Emmanuel_Macron) in the order their events happened, then by report date;
a statement whose sentence gives no time stands at its report date. Each
line gives the event time, the statement, and the document that reports it
(date, outlet, id). --since keeps the facts first reported on or after a
date, --as-of what the documents published by a date said.

Example:
  newskg timeline Vladimir_Putin --since 2025-03-01`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return o.run(args[0], cmd.OutOrStdout())
		},
	}
	o.flags(cmd)
	return cmd
}

func (o *timelineOptions) flags(cmd *cobra.Command) {
	cmd.Flags().StringVar(&o.since, "since", "", "only the facts first reported on or after this date (YYYY-MM-DD)")
	cmd.Flags().StringVar(&o.asOf, "as-of", "", "only what documents published on or before this date said (YYYY-MM-DD)")
	cmd.Flags().BoolVar(&o.json, "json", false, "print one JSON object per statement, as the API does")
}

// run prints the timeline of entity, or of the whole store for "".
func (o *timelineOptions) run(entity string, out io.Writer) error {
	store, err := graph.Open(o.db, graph.Options{ReadOnly: true})
	if err != nil {
		return err
	}
	defer store.Close()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	r, err := graph.NewReader(ctx, store)
	if err != nil {
		return err
	}
	if entity != "" {
		if _, ok := r.Entity(entity); !ok {
			hint := ""
			// Search finds "Poutine", "Kiev" or "Scholz" by any name.
			if hits, err := r.Search(ctx, strings.ReplaceAll(entity, "_", " "), ""); err == nil && len(hits) > 0 {
				hint = fmt.Sprintf(" (did you mean %s?)", hits[0].ID)
			}
			return fmt.Errorf("no entity %q in %s%s; entity ids are names with underscores (Vladimir_Putin)", entity, store.Addr, hint)
		}
	}
	reps, err := r.Timeline(ctx, entity, graph.TimelineOptions{Since: o.since, AsOf: o.asOf})
	if err != nil {
		return err
	}
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	for _, rep := range reps {
		if o.json {
			if err := enc.Encode(rep); err != nil {
				return err
			}
			continue
		}
		fmt.Fprintln(out, timelineLine(rep))
	}
	return nil
}

// timelineLine is a statement of a timeline on one line: when, what, and
// who reported it.
func timelineLine(rep graph.Reported) string {
	when := rep.EventTime
	if when == "" {
		when = "-"
	} else if rep.EventText != "" {
		when += " (" + rep.EventText + ")"
	}
	what := rep.Subject.Name + " " + rep.Predicate
	if rep.Object != nil {
		what += " " + rep.Object.Name
	} else if rep.Quote != "" {
		what += " «" + rep.Quote + "»"
	}
	if rep.Polarity == "negative" {
		what = "NOT " + what
	}
	if rep.Modality != "asserted" {
		what += " [" + rep.Modality + "]"
	}
	source := "undated"
	if rep.Document != nil {
		if rep.Document.Date != "" {
			source = rep.Document.Date
		}
		if rep.Document.Outlet != nil {
			source += ", " + rep.Document.Outlet.Name
		}
		source += ", " + rep.Document.ID
	}
	return when + "\t" + what + "\t(" + source + ")"
}
