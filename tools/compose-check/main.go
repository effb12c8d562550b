// Command compose-check validates a compose file the way Docker Compose v2 reads it, without a
// Docker engine: it loads the file with compose-go (the parser Compose v2 itself uses) with
// every profile enabled, interpolation (defaults from ${VAR:-default}) and schema validation
// on, then checks shopstream's own rules:
//
//   - every service has a healthcheck, is a one-shot (restart "no" and something waits for
//     it with condition service_completed_successfully), or states why it has none in an
//     `x-no-healthcheck` extension;
//   - every depends_on entry names a condition explicitly (Compose would silently default
//     to service_started);
//   - service_healthy targets have a healthcheck; service_completed_successfully targets are
//     one-shots (restart "no"), or they would never complete.
//
// Usage: go run . ../../compose.yaml   (exit 0 = valid; 1 = a problem, printed one per line)
package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/compose-spec/compose-go/v2/cli"
	"github.com/compose-spec/compose-go/v2/loader"
	"github.com/compose-spec/compose-go/v2/types"
	"go.yaml.in/yaml/v4"
)

const (
	completed = types.ServiceConditionCompletedSuccessfully
	healthy   = types.ServiceConditionHealthy
	started   = types.ServiceConditionStarted
	exemptKey = "x-no-healthcheck"
)

func main() {
	file := "compose.yaml"
	if len(os.Args) > 1 {
		file = os.Args[1]
	}
	problems, err := check(context.Background(), file)
	if err != nil {
		fmt.Fprintf(os.Stderr, "compose-check: %s: %v\n", file, err)
		os.Exit(1)
	}
	for _, p := range problems {
		fmt.Fprintf(os.Stderr, "compose-check: %s: %s\n", file, p)
	}
	if len(problems) > 0 {
		os.Exit(1)
	}
	fmt.Printf("compose-check: %s OK\n", file)
}

func check(ctx context.Context, file string) ([]string, error) {
	abs, err := filepath.Abs(file)
	if err != nil {
		return nil, err
	}
	options := func(extra ...cli.ProjectOptionsFn) (*cli.ProjectOptions, error) {
		return cli.NewProjectOptions([]string{abs}, append([]cli.ProjectOptionsFn{
			cli.WithWorkingDirectory(filepath.Dir(abs)),
			// Only the defaults written in the file: the result must not depend on the caller's shell.
			cli.WithEnv(nil),
			cli.WithProfiles([]string{"*"}),
			cli.WithInterpolation(true),
			cli.WithLoadOptions(func(o *loader.Options) { o.SkipValidation = false }),
		}, extra...)...)
	}

	// 1. The project as Compose v2 would build it (schema, interpolation, consistency).
	po, err := options()
	if err != nil {
		return nil, err
	}
	project, err := po.LoadProject(ctx)
	if err != nil {
		return nil, err
	}

	// 2. The file as written (anchors and << merges resolved, nothing else): the loader fills
	// in a default depends_on condition, so only here can we see whether the file wrote one.
	content, err := os.ReadFile(abs)
	if err != nil {
		return nil, err
	}
	var model map[string]any
	if err := yaml.Unmarshal(content, &model); err != nil {
		return nil, err
	}

	printProject(project)
	return rules(project, model), nil
}

func printProject(p *types.Project) {
	fmt.Printf("project %q: %d services, profiles %v\n", p.Name, len(p.Services), p.AllServices().GetProfiles())
	for _, name := range sortedNames(p.Services) {
		s := p.Services[name]
		var deps []string
		for _, d := range sortedNames(s.DependsOn) {
			deps = append(deps, d+":"+s.DependsOn[d].Condition)
		}
		profiles := "default"
		if len(s.Profiles) > 0 {
			profiles = strings.Join(s.Profiles, ",")
		}
		fmt.Printf("  %-18s %-9s %-24s health=%-9s depends_on=[%s]\n",
			name, profiles, imageOf(s), healthOf(s), strings.Join(deps, " "))
	}
}

func rules(p *types.Project, model map[string]any) []string {
	var problems []string
	waitedToComplete := map[string]bool{}
	for _, s := range p.Services {
		for dep, d := range s.DependsOn {
			if d.Condition == completed {
				waitedToComplete[dep] = true
			}
		}
	}
	rawServices, _ := model["services"].(map[string]any)
	for _, name := range sortedNames(p.Services) {
		s := p.Services[name]
		oneShot := isOneShot(s)
		switch {
		case hasHealthcheck(s):
		case oneShot && waitedToComplete[name]:
		case exemption(s) != "":
		default:
			problems = append(problems, fmt.Sprintf(
				"service %q has no healthcheck, is not a one-shot that others wait for, and gives no %s reason",
				name, exemptKey))
		}
		if waitedToComplete[name] && !oneShot {
			problems = append(problems, fmt.Sprintf(
				"service %q is waited for with %s but restarts (restart: %q): it never completes",
				name, completed, s.Restart))
		}
		for _, dep := range sortedNames(s.DependsOn) {
			if c := writtenCondition(rawServices, name, dep); c == "" {
				problems = append(problems, fmt.Sprintf(
					"service %q: depends_on %q has no condition (write %s, %s or %s)",
					name, dep, healthy, completed, started))
			}
			target, ok := p.Services[dep]
			if ok && s.DependsOn[dep].Condition == healthy && !hasHealthcheck(target) {
				problems = append(problems, fmt.Sprintf(
					"service %q waits for %q to be healthy, but %q has no healthcheck", name, dep, dep))
			}
		}
	}
	return problems
}

// writtenCondition is the condition the file itself gives, "" if it gave none.
func writtenCondition(services map[string]any, service, dep string) string {
	s, _ := services[service].(map[string]any)
	deps, ok := s["depends_on"].(map[string]any) // the short list form has no conditions at all
	if !ok {
		return ""
	}
	d, _ := deps[dep].(map[string]any)
	c, _ := d["condition"].(string)
	return c
}

func hasHealthcheck(s types.ServiceConfig) bool {
	h := s.HealthCheck
	return h != nil && !h.Disable && len(h.Test) > 0 && h.Test[0] != "NONE"
}

func isOneShot(s types.ServiceConfig) bool {
	return s.Restart == "" || s.Restart == types.RestartPolicyNo || strings.HasPrefix(s.Restart, "on-failure")
}

func exemption(s types.ServiceConfig) string {
	reason, _ := s.Extensions[exemptKey].(string)
	return strings.TrimSpace(reason)
}

func healthOf(s types.ServiceConfig) string {
	switch {
	case hasHealthcheck(s):
		return "yes"
	case exemption(s) != "":
		return "exempt"
	case isOneShot(s):
		return "one-shot"
	}
	return "NONE"
}

func imageOf(s types.ServiceConfig) string {
	if s.Build != nil {
		return "build:" + s.Image
	}
	return s.Image
}

func sortedNames[V any](m map[string]V) []string {
	names := make([]string, 0, len(m))
	for k := range m {
		names = append(names, k)
	}
	sort.Strings(names)
	return names
}
