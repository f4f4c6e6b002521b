package main

import (
	"errors"

	"github.com/spf13/cobra"
)

func newDiffCmd(root *rootOptions) *cobra.Command {
	o := &timelineOptions{rootOptions: root}
	cmd := &cobra.Command{
		Use:   "diff --since DATE",
		Short: "Print the facts first reported on or after a date, in the order of their events",
		Long: `Diff prints what is new in the store: the statements whose fact (subject,
predicate, object, polarity, modality) was first reported on or after
--since, in the order their events happened, each with the document that
reports it, as timeline prints them. --as-of leaves out documents published
after a date.

Example:
  newskg diff --since 2025-03-10`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if o.since == "" {
				return errors.New("diff needs --since YYYY-MM-DD")
			}
			return o.run("", cmd.OutOrStdout())
		},
	}
	o.flags(cmd)
	return cmd
}
