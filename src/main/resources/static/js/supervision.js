// The supervision pages' scripts (S1, S2), without inline code (the CSP allows only our own
// files): the assessment charts from the data-* attributes of their elements, and the time
// left on an exam paper.
(function () {
  function bars(el, horizontal) {
    if (!el || !el.dataset.labels) { return; }
    var labels = el.dataset.labels.split('|');
    var values = el.dataset.values.split(',').map(Number);
    var chart = echarts.init(el);
    var category = { type: 'category', data: labels, inverse: horizontal, axisLabel: { interval: 0 } };
    var value = { type: 'value', max: 100 };
    chart.setOption({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 16, bottom: 8, top: 8, containLabel: true },
      xAxis: horizontal ? value : category,
      yAxis: horizontal ? category : value,
      series: [{ type: 'bar', data: values, itemStyle: { color: '#8f1d1d' }, label: { show: true, position: horizontal ? 'right' : 'top' } }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }
  function countdown() {
    var el = document.getElementById('paper-deadline');
    var out = document.getElementById('time-left');
    if (!el || !out) { return; }
    var deadline = Date.parse(el.dataset.deadline);
    function tick() {
      var left = Math.max(0, Math.floor((deadline - Date.now()) / 1000));
      var m = Math.floor(left / 60), s = left % 60;
      out.textContent = (document.documentElement.lang === 'en' ? 'Time left ' : '剩余时间 ') + m + ':' + (s < 10 ? '0' : '') + s;
      if (left > 0) { setTimeout(tick, 1000); }
    }
    tick();
  }
  document.addEventListener('DOMContentLoaded', function () {
    if (window.echarts) {
      bars(document.getElementById('totals-chart'), true);
      bars(document.getElementById('district-chart'), false);
    }
    countdown();
  });
})();
