// The staff console's one script: no framework, loaded as a file (the CSP forbids inline script).
(function () {
  "use strict";
  var weekdays = ["日", "一", "二", "三", "四", "五", "六"];

  // A textarea with data-bytes counts its UTF-8 bytes into that element and mirrors its text into data-preview.
  document.querySelectorAll("textarea[data-bytes]").forEach(function (area) {
    var counter = document.getElementById(area.dataset.bytes);
    var preview = document.getElementById(area.dataset.preview);
    var update = function () {
      var bytes = new TextEncoder().encode(area.value.trim()).length;
      counter.textContent = String(bytes);
      counter.classList.toggle("over", bytes > Number(counter.dataset.limit));
      if (preview) { preview.textContent = area.value; }
    };
    area.addEventListener("input", update);
    update();
  });

  // Radios with data-shows show the element of that id and hide its siblings of the same data-group.
  var radios = document.querySelectorAll("input[type=radio][data-shows]");
  var showChosen = function () {
    radios.forEach(function (radio) {
      var target = document.getElementById(radio.dataset.shows);
      if (target) { target.hidden = !radio.checked; }
    });
  };
  radios.forEach(function (radio) { radio.addEventListener("change", showChosen); });
  showChosen();

  // The repeat builder: show the weekday or the day as the frequency needs, and say the rule in words.
  var every = document.getElementById("every");
  if (every) {
    var words = document.getElementById("repeat-words");
    var weekday = document.getElementById("weekday"), day = document.getElementById("day"), time = document.getElementById("time");
    var say = function () {
      document.querySelectorAll("[data-every]").forEach(function (el) { el.hidden = el.dataset.every !== every.value; });
      var at = time.value || "";
      words.textContent = every.value === "keep" ? every.options[every.selectedIndex].text
        : every.value === "day" ? "每天 " + at
        : every.value === "workday" ? "工作日（周一至周五）" + at
        : every.value === "week" ? "每周" + weekdays[Number(weekday.value)] + " " + at
        : "每月" + day.value + "日 " + at;
    };
    [every, weekday, day, time].forEach(function (el) { el.addEventListener("input", say); el.addEventListener("change", say); });
    say();
  }

  // A form with data-confirm asks before it is sent (retiring a policy).
  document.querySelectorAll("form[data-confirm]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      if (!window.confirm(form.dataset.confirm)) { event.preventDefault(); }
    });
  });

  // A button with data-print prints the page (the check-in QR code sheet).
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.addEventListener("click", function () { window.print(); });
  });

  // Charts: an element with data-chart holds its figures as JSON in data-series ([{name, value}]).
  if (window.echarts) {
    document.querySelectorAll("[data-chart]").forEach(function (el) {
      var rows = JSON.parse(el.dataset.series || "[]");
      var chart = window.echarts.init(el, null, { renderer: "canvas" });
      var kind = el.dataset.chart;
      chart.setOption({
        animation: false,
        color: ["#c8102e"],
        tooltip: { trigger: kind === "pie" ? "item" : "axis" },
        grid: { left: 40, right: 16, top: 16, bottom: 40, containLabel: true },
        xAxis: kind === "pie" ? undefined : { type: "category", data: rows.map(function (r) { return r.name; }), axisLabel: { interval: 0, rotate: rows.length > 6 ? 30 : 0 } },
        yAxis: kind === "pie" ? undefined : { type: "value", minInterval: 1 },
        series: [kind === "pie"
          ? { type: "pie", radius: "65%", data: rows }
          : { type: kind === "line" ? "line" : "bar", data: rows.map(function (r) { return r.value; }) }],
      });
      window.addEventListener("resize", function () { chart.resize(); });
    });
  }
})();
