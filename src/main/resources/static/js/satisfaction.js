// The satisfaction page's chart (S5), without inline code (the CSP allows only our own files):
// month by month, the service ratings and the survey answers as a share of the most stars,
// from the JSON in the chart element's data-trend attribute. The table beside it says the same.
(function () {
  function draw() {
    var el = document.getElementById('satisfaction-trend');
    if (!el || !el.dataset.trend || typeof echarts === 'undefined') { return; }
    var months = JSON.parse(el.dataset.trend);
    var chart = echarts.init(el);
    chart.setOption({
      tooltip: { trigger: 'axis' },
      legend: { data: [el.dataset.ratings, el.dataset.surveys] },
      grid: { left: 8, right: 16, bottom: 8, top: 32, containLabel: true },
      xAxis: { type: 'category', data: months.map(function (m) { return m.month; }) },
      yAxis: { type: 'value', min: 0, max: 100 },
      series: [
        { name: el.dataset.ratings, type: 'line', connectNulls: true, itemStyle: { color: '#8f1d1d' },
          data: months.map(function (m) { return m.ratingSatisfaction; }) },
        { name: el.dataset.surveys, type: 'line', connectNulls: true, itemStyle: { color: '#1d4f8f' },
          data: months.map(function (m) { return m.surveySatisfaction; }) }
      ]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }
  document.addEventListener('DOMContentLoaded', draw);
}());
