// Bars of the violations and a line of the compliance rate in the compared periods (R5),
// from the data the page carries in data-* attributes (no inline script: the CSP allows only
// our own files).
document.addEventListener('DOMContentLoaded', function () {
  var el = document.getElementById('evaluation-chart');
  if (!el || !window.echarts || !el.dataset.labels) { return; }
  var labels = el.dataset.labels.split('|');
  var names = el.dataset.names.split('|');
  function numbers(s) { return s.split(',').map(function (v) { return v === '' ? null : Number(v); }); }
  var chart = echarts.init(el);
  chart.setOption({
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 8, bottom: 8, top: 36, containLabel: true },
    xAxis: { type: 'category', data: labels },
    yAxis: [{ type: 'value', name: names[0] }, { type: 'value', name: names[1] + ' %', min: 0, max: 100 }],
    series: [
      { name: names[0], type: 'bar', data: numbers(el.dataset.violations) },
      { name: names[1], type: 'line', yAxisIndex: 1, data: numbers(el.dataset.compliance) }
    ]
  });
  window.addEventListener('resize', function () { chart.resize(); });
});
