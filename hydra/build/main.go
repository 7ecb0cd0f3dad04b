// Builds Ory Hydra v2.3.0 from the Go module proxy: Hydra's own main, in a
// module of ours, because `go install` refuses modules with replace directives.
// (v2.2.0, the version Kratos v1.3.1's CI pairs with, does not build this way:
// its commands need the API client inside its own repository.)
package main

import (
	"github.com/ory/hydra/v2/cmd"
	"github.com/ory/x/profilex"
)

func main() {
	defer profilex.Profile().Stop()
	cmd.Execute()
}
