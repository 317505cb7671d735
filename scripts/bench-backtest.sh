#!/usr/bin/env bash
# Backtest figures of the risk models (issue 7) on the demo's synthetic history (市场监管局 2021—2026 年
# 检查历史（合成示例数据）: 2,000 enterprises, five years of inspections, a hidden propensity to violate;
# src/main/java/org/shanzhi/demo/DemoRiskHistoryLoader.java). Through the API of a fresh demo instance:
# the hand-set default model backtested at two cut-offs; a version fitted on the history (trained at
# today - 2 years, validated on the last year); that version activated by the supervisor and backtested
# at the start of the last year, which it did not see; then retired. Prints the lift of the top 10 % over
# a random draw of as many, the AUC and the median days a violation of the top 10 % went unfound.
# Needs a built jar (./mvnw package), curl and jq.
# Usage: scripts/bench-backtest.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/bench/app.sh
start_app 18096 54396
head=$(sign_in demo-head-amr); supervisor=$(sign_in demo-supervisor)
api() { # TOKEN METHOD PATH [JSON]
  curl -s -X "$2" -H "Authorization: Bearer $1" -H 'Content-Type: application/json' ${4:+-d "$4"} \
    "http://localhost:$port/api/v1$3"
}
history=$(api "$supervisor" GET '/risk-histories?size=200' | jq -r '[.items[] | select(.name | contains("合成示例"))][0].id')
today=$(date -u +%F)
cut() { date -u -d "$today - $1 days" +%F; }
show='"model \(.modelVersion) cut-off \(.cutOff): parties \(.parties), violating after \(.partiesViolatingAfter), top-10% hit rate \(.topHitRate) vs random \(.randomHitRate), lift \(.lift), AUC \(.auc), median days unfound \(.medianDaysUndetected)"'
for days in 730 365; do
  api "$head" POST /risk-models/backtest "{\"cutOff\":\"$(cut $days)\",\"horizonDays\":365,\"historyId\":\"$history\"}" | jq -r "$show"
done
fit=$(api "$head" POST /risk-models "{\"historyId\":\"$history\",\"horizonDays\":365}")
echo "$fit" | jq -r '"fitted \(.version) (\(.status)): trained at \(.trainCutOff) on \(.trainingExamples) parties; validation at \(.validationCutOff): AUC \(.validationAuc), lift \(.validationLift); \(.comparedVersion) AUC \(.comparedAuc); weights \(.weights | tojson)"'
id=$(echo "$fit" | jq -r .id)
api "$supervisor" POST "/risk-models/$id/activation" '{"reviewNote":"benchmark"}' | jq -r '"activated \(.version): \(.status)"'
api "$head" POST /risk-models/backtest "{\"cutOff\":\"$(cut 365)\",\"horizonDays\":365,\"historyId\":\"$history\"}" | jq -r "$show"
api "$supervisor" POST "/risk-models/$id/retirement" | jq -r '"retired \(.version): \(.status)"'
