// Stacked bars of the treatments per violation type and officer (C2), from the data the page
// carries in data-* attributes (no inline script: the CSP allows only our own files).
document.addEventListener('DOMContentLoaded', function () {
  var el = document.getElementById('consistency-chart');
  if (!el || !window.echarts || !el.dataset.labels) { return; }
  var labels = el.dataset.labels.split('|');
  var rows = el.dataset.series.split('|').map(function (r) { return r.split(',').map(Number); });
  var names = el.dataset.names.split('|');
  var chart = echarts.init(el);
  chart.setOption({
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 8, bottom: 8, top: 36, containLabel: true },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: labels, inverse: true },
    series: names.map(function (name, i) {
      return { name: name, type: 'bar', stack: 'treatments', data: rows.map(function (r) { return r[i]; }) };
    })
  });
  window.addEventListener('resize', function () { chart.resize(); });
});
