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
  // the districts' mean totals on the city's map (GeoJSON named by data-geo), or as bars
  // when there is no map or it cannot be read (the city-level agencies, of no district, are in the ranking)
  function districts(el) {
    if (!el || !el.dataset.labels) { return; }
    if (!el.dataset.geo || !window.fetch) { bars(el, false); return; }
    fetch(el.dataset.geo, { credentials: 'same-origin' })
      .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
      .then(function (geo) {
        var names = geo.features.map(function (f) { return f.properties.name; });
        var labels = el.dataset.labels.split('|');
        var values = el.dataset.values.split(',').map(Number);
        var data = [];
        labels.forEach(function (l, i) { if (names.indexOf(l) >= 0) { data.push({ name: l, value: values[i] }); } });
        if (!data.length) { bars(el, false); return; }
        echarts.registerMap('districts', geo);
        var chart = echarts.init(el);
        chart.setOption({
          tooltip: { trigger: 'item', formatter: function (p) { return p.name + '：' + (isNaN(p.value) ? '—' : p.value); } },
          visualMap: { min: 0, max: 100, left: 8, bottom: 8, calculable: true, inRange: { color: ['#f3e0e0', '#8f1d1d'] } },
          series: [{ type: 'map', map: 'districts', roam: false, label: { show: true }, data: data }]
        });
        window.addEventListener('resize', function () { chart.resize(); });
      })
      .catch(function () { bars(el, false); });
  }
  // this year's rates against last year's (annual reports, the city-wide summary)
  function compare(el) {
    if (!el || !el.dataset.labels) { return; }
    function values(s) { return s.split(',').map(function (v) { return v === '' ? null : Number(v); }); }
    var chart = echarts.init(el);
    chart.setOption({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { data: [el.dataset.nowName, el.dataset.lastName] },
      grid: { left: 8, right: 16, bottom: 8, top: 32, containLabel: true },
      xAxis: { type: 'category', data: el.dataset.labels.split('|'), axisLabel: { interval: 0 } },
      yAxis: { type: 'value', min: 0, max: 100 },
      series: [
        { name: el.dataset.nowName, type: 'bar', data: values(el.dataset.now), itemStyle: { color: '#8f1d1d' } },
        { name: el.dataset.lastName, type: 'bar', data: values(el.dataset.last), itemStyle: { color: '#b9b9b9' } }
      ]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }
  // year on year: the city's mean total, and each agency's (hidden until picked in the legend)
  function trend(el) {
    if (!el || !el.dataset.trend) { return; }
    var t = JSON.parse(el.dataset.trend);
    if (!t.years.length) { return; }
    var series = [{ name: el.dataset.mean, type: 'line', data: t.mean, lineStyle: { width: 3 }, itemStyle: { color: '#8f1d1d' } }];
    var selected = {};
    Object.keys(t.agencies).forEach(function (name) {
      series.push({ name: name, type: 'line', connectNulls: true, data: t.agencies[name] });
      selected[name] = false;
    });
    var chart = echarts.init(el);
    chart.setOption({
      tooltip: { trigger: 'axis' },
      legend: { type: 'scroll', selected: selected },
      grid: { left: 8, right: 16, bottom: 8, top: 40, containLabel: true },
      xAxis: { type: 'category', data: t.years.map(String) },
      yAxis: { type: 'value', min: 0, max: 100 },
      series: series
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }
  document.addEventListener('DOMContentLoaded', function () {
    if (window.echarts) {
      trend(document.getElementById('trend-chart'));
      compare(document.getElementById('compare-chart'));
      bars(document.getElementById('totals-chart'), true);
      districts(document.getElementById('district-chart'));
    }
    countdown();
  });
})();
