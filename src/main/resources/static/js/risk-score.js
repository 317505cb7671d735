// Horizontal bars of the factors' contributions to a party's risk score (R6), from the data the
// section carries in data-* attributes (no inline script: the CSP allows only our own files).
// The section may arrive by htmx after the page loaded, so it is drawn when it appears too.
(function () {
  var tries = 0;
  function draw(root) {
    if (!window.echarts) {
      // inside a section swapped in by htmx, ECharts may still be loading: wait for it a while
      if (tries++ < 100) { setTimeout(function () { draw(); }, 100); }
      return;
    }
    (root || document).querySelectorAll('.risk-score-chart').forEach(function (el) {
      if (el.dataset.drawn || !el.dataset.labels) { return; }
      el.dataset.drawn = 'yes';
      var labels = el.dataset.labels.split('|');
      var values = el.dataset.values.split(',').map(Number);
      var chart = echarts.init(el);
      chart.setOption({
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        grid: { left: 8, right: 16, bottom: 8, top: 8, containLabel: true },
        xAxis: { type: 'value' },
        yAxis: { type: 'category', data: labels, inverse: true },
        series: [{ type: 'bar', data: values.map(function (v) {
          return { value: v, itemStyle: { color: v > 0 ? '#dc3545' : '#198754' } };
        }) }]
      });
    });
  }
  document.addEventListener('DOMContentLoaded', function () { draw(); });
  document.addEventListener('htmx:afterSettle', function (e) { draw(e.target); });
  if (document.readyState !== 'loading') { draw(); }
})();
