// Command kratos runs Ory Kratos from the pinned module, so the account UI can
// develop and test against a real Kratos without Docker or a git checkout.
package main

import (
	"os"

	"github.com/ory/kratos/cmd"
)

func main() {
	os.Exit(cmd.Execute())
}
