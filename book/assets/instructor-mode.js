// Instructor mode: the speaker notes at the end of each chapter
// (`<details class="speaker-notes">`) are for the person teaching, so the
// book hides them from a learner. An instructor turns them on once, with the
// switch on the instructor guide's page (or by opening any page with
// `?instructor=on`); this browser then remembers it, until the switch (or
// `?instructor=off`) turns it off. Nothing is sent anywhere.
(function () {
  "use strict";
  var KEY = "integration-testing-course.instructor-mode";

  function remembered() {
    try {
      return window.localStorage.getItem(KEY) === "on";
    } catch (e) {
      return false; // storage blocked (a private window, file:// in some browsers)
    }
  }

  function remember(on) {
    try {
      if (on) {
        window.localStorage.setItem(KEY, "on");
      } else {
        window.localStorage.removeItem(KEY);
      }
    } catch (e) {
      // Without storage the mode lasts as long as the page.
    }
  }

  var asked = new URLSearchParams(window.location.search).get("instructor");
  if (asked === "on" || asked === "off") {
    remember(asked === "on");
  }
  var on = asked === "on" || (asked !== "off" && remembered());

  function show() {
    document.documentElement.classList.toggle("instructor-mode", on);
    var switches = document.querySelectorAll("[data-instructor-switch]");
    for (var i = 0; i < switches.length; i++) {
      switches[i].setAttribute("aria-pressed", on ? "true" : "false");
      switches[i].textContent = on
        ? "Instructor mode is on: speaker notes show in every chapter. Turn it off"
        : "Instructor mode is off: speaker notes are hidden. Turn it on";
    }
  }

  document.addEventListener("click", function (event) {
    var target = event.target.closest && event.target.closest("[data-instructor-switch]");
    if (!target) {
      return;
    }
    on = !on;
    remember(on);
    show();
  });

  show();
})();
