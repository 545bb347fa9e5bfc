// The pages' only script, written for roomsift and shipped in the package (no library, no
// request to another host). Everything works without it; it only saves keystrokes:
// - bring a cited message into view with focus (keyboard users land on it);
// - highlight a person's edges in the network view;
// - on the ranked list, a changed filter applies at once (the Filter button still works),
//   and Alt+ArrowRight / Alt+ArrowLeft follow the next / previous page link.
document.addEventListener("DOMContentLoaded", () => {
  const target = location.hash && document.getElementById(location.hash.slice(1));
  if (target) { target.focus({preventScroll: false}); }
  document.querySelectorAll("#network .pnode").forEach((node) => {
    const mark = (on) => document.querySelectorAll("#network .edge").forEach((e) => {
      if (e.dataset.person === node.dataset.person) e.classList.toggle("hi", on);
    });
    ["mouseenter", "focusin"].forEach((ev) => node.addEventListener(ev, () => mark(true)));
    ["mouseleave", "focusout"].forEach((ev) => node.addEventListener(ev, () => mark(false)));
  });
  document.querySelectorAll("form.filters select").forEach((select) => {
    select.addEventListener("change", () => select.form.requestSubmit());
  });
  document.addEventListener("keydown", (ev) => {
    if (!ev.altKey || (ev.key !== "ArrowRight" && ev.key !== "ArrowLeft")) return;
    const link = document.querySelector(`nav.pager a[rel="${ev.key === "ArrowRight" ? "next" : "prev"}"]`);
    if (link) { ev.preventDefault(); link.click(); }
  });
});
