// The HTML report's script (inlined by reslint.render.report_html): sort a table on a
// heading click (numbers as numbers), filter its rows as you type, draw the charts.
document.querySelectorAll("table.sortable").forEach(function (table) {
  table.querySelectorAll("th").forEach(function (th, column) {
    th.addEventListener("click", function () {
      var up = th.getAttribute("aria-sort") !== "ascending";
      table.querySelectorAll("th").forEach(function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", up ? "ascending" : "descending");
      var body = table.tBodies[0], rows = Array.from(body.rows);
      var key = function (row) {
        var cell = row.cells[column], text = cell.getAttribute("data-sort") || cell.textContent;
        var number = parseFloat(text);
        return isNaN(number) || !/^-?[0-9.]+$/.test(text.trim()) ? text.toLowerCase() : number;
      };
      rows.sort(function (a, b) {
        var x = key(a), y = key(b);
        if (typeof x !== typeof y) { x = String(x); y = String(y); }
        return (x < y ? -1 : x > y ? 1 : 0) * (up ? 1 : -1);
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
});
document.querySelectorAll("input.filter").forEach(function (input) {
  var table = document.getElementById(input.getAttribute("data-table"));
  input.addEventListener("input", function () {
    var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    Array.from(table.tBodies[0].rows).forEach(function (row) {
      var text = row.textContent.toLowerCase();
      row.hidden = !words.every(function (w) { return text.indexOf(w) >= 0; });
    });
  });
});
var specs = JSON.parse(document.getElementById("chart-specs").textContent);
Object.keys(specs).forEach(function (id) {
  var element = document.getElementById(id);
  try {
    var compiled = vegaLite.compile(specs[id]).spec;
    new vega.View(vega.parse(compiled), {renderer: "svg", container: element, hover: true})
      .runAsync().then(function () { element.setAttribute("data-drawn", "true"); });
  } catch (error) {
    element.textContent = "This chart could not be drawn: " + error;
  }
});
