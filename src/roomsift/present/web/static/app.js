// The only script: highlight a person's edges in the network view, and bring a cited
// message into view with focus (keyboard users land on it). No request leaves this server.
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
});
