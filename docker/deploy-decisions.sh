#!/usr/bin/env bash
# Deploys decision tables through the engine's REST API, as Camunda Modeler's deploy button does
# (docs/analysts.md: analysts deploy .dmn only). Unchanged tables are not deployed again.
#
#   USER=analyst PASSWORD=... URL=http://localhost:8081 docker/deploy-decisions.sh [file.dmn ...]
#
# Set USER explicitly: the login shell's own USER would otherwise be sent (and refused with 401).
#
# Without files it deploys every dmn/*.dmn of the repository. Exits non-zero, with the server's
# message, when the server refuses the deployment (e.g. the policy gate names the broken rule).
set -euo pipefail

URL="${URL:-http://localhost:8080}"
USER="${USER:?set USER (an analyst or administrator)}"
PASSWORD="${PASSWORD:?set PASSWORD}"
DEPLOYMENT_NAME="${DEPLOYMENT_NAME:-dce-support-decisions}"

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [[ $# -gt 0 ]]; then
  files=("$@")
else
  shopt -s nullglob
  files=("${script_dir}"/../dmn/*.dmn)
  shopt -u nullglob
fi
if [[ ${#files[@]} -eq 0 ]]; then
  echo "No .dmn files to deploy." >&2
  exit 2
fi

form=(-F "deployment-name=${DEPLOYMENT_NAME}" -F "deploy-changed-only=true"
      -F "deployment-source=deploy-decisions.sh")
for file in "${files[@]}"; do
  if [[ "${file}" != *.dmn ]]; then
    echo "Not a decision table (.dmn): ${file}" >&2
    exit 2
  fi
  if [[ ! -r "${file}" ]]; then
    echo "Cannot read ${file}" >&2
    exit 2
  fi
  form+=(-F "$(basename "${file}")=@${file}")
done

response="$(mktemp)"
trap 'rm -f "${response}"' EXIT
status="$(curl -sS -o "${response}" -w '%{http_code}' -u "${USER}:${PASSWORD}" "${form[@]}" \
  "${URL%/}/engine-rest/deployment/create")" || {
  echo "Could not reach ${URL}" >&2
  exit 1
}

if [[ "${status}" != 2* ]]; then
  echo "Deployment refused (HTTP ${status}):" >&2
  cat "${response}" >&2
  echo >&2
  exit 1
fi
echo "Deployed (HTTP ${status}): ${#files[@]} file(s), unchanged ones skipped."
cat "${response}"
echo
