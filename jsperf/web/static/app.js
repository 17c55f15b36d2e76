// Enhancements only: every page works without this script.
"use strict";

// Drag and drop onto the upload area.
document.querySelectorAll("form[data-drop]").forEach((form) => {
  const area = form.querySelector(".drop");
  const input = form.querySelector("input[type=file]");
  ["dragenter", "dragover"].forEach((name) => area.addEventListener(name, (event) => {
    event.preventDefault();
    area.classList.add("over");
  }));
  area.addEventListener("dragleave", () => area.classList.remove("over"));
  area.addEventListener("drop", (event) => {
    event.preventDefault();
    area.classList.remove("over");
    input.files = event.dataTransfer.files;
    form.submit();
  });
});

// The fill-in form recomputed on the server as one types.
document.querySelectorAll("form[data-live]").forEach((form) => {
  const result = document.getElementById("result");
  let timer = null;
  let sent = 0;
  const recompute = () => {
    const number = ++sent;
    result.classList.add("busy");
    fetch("/fill?part=result", {method: "POST", body: new FormData(form), credentials: "same-origin"})
      .then((response) => response.text())
      .then((html) => {
        if (number === sent) {  // an older answer never overwrites a newer one
          result.innerHTML = html;
          result.classList.remove("busy");
          flag(form, result);
        }
      });
  };
  form.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(recompute, 250);
  });
  form.addEventListener("change", () => {
    clearTimeout(timer);
    recompute();
  });
});

// Each row of the form marked with its indicator's findings, the messages on hover.
function flag(form, result) {
  const order = ["info", "warning", "error"];
  form.querySelectorAll("tr.row").forEach((row) => {
    const name = row.querySelector("input[name=indicator]").value.trim();
    const found = [...result.querySelectorAll("li[data-indicator]")]
      .filter((item) => name && item.dataset.indicator === name);
    row.classList.remove(...order.map((severity) => "flag-" + severity));
    row.title = found.map((item) => item.textContent.replace(/\s+/g, " ").trim()).join("\n");
    const worst = found.map((item) => order.indexOf(item.className)).reduce((a, b) => Math.max(a, b), -1);
    if (worst >= 0) {
      row.classList.add("flag-" + order[worst]);
    }
  });
}
