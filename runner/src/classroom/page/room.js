// The instructor's page: draws the room from the server's `room` events.
// Every name and test name is set with textContent, never parsed as HTML:
// a learner called "<script>" is shown as exactly that.
"use strict";

(function () {
  // The token comes in the link the server printed. It is kept for this tab
  // only and taken out of the address bar, which a projector shows.
  const params = new URLSearchParams(location.search);
  const token = params.get("token") || sessionStorage.getItem("classroom-token") || "";
  if (params.has("token")) {
    sessionStorage.setItem("classroom-token", token);
    history.replaceState(null, "", location.pathname);
  }

  const SYMBOL = {
    "done": "✓",
    "tests-pass": "✓",
    "failing": "✗",
    "timed-out": "hangs",
    "crashed": "✗",
    "no-tests": "∅",
    "not-built": "⚙",
  };
  const WORDS = {
    "done": "done",
    "tests-pass": "tests pass, mutants left",
    "failing": "failing",
    "timed-out": "a test hangs",
    "crashed": "a test binary crashed",
    "no-tests": "no tests ran",
    "not-built": "does not build",
  };

  function element(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  function count(c) {
    return c ? c.passed + "/" + c.total : "";
  }

  function setConnection(word, className) {
    const node = document.getElementById("connection");
    node.textContent = word;
    node.className = "connection " + className;
  }

  function cell(learner, kata, state) {
    const td = element("td", null, "cell");
    td.dataset.kata = kata.id;
    if (!state) {
      td.classList.add("empty");
      td.setAttribute("aria-label", learner.name + ", kata " + kata.id + ": not checked yet");
      return td;
    }
    td.dataset.status = state.status;
    td.classList.add("status-" + state.status);
    if (learner.current === kata.id) td.classList.add("current");
    const tests = state.tests ? SYMBOL[state.status] + " " + count(state.tests) : SYMBOL[state.status];
    td.appendChild(element("span", tests, "tests"));
    if (state.mutants) {
      td.appendChild(
        element("span", "mutants " + state.mutants.caught + "/" + state.mutants.total, "mutants")
      );
    }
    let label = learner.name + ", kata " + kata.id + ": " + WORDS[state.status];
    if (state.tests) label += ", " + state.tests.passed + " of " + state.tests.total + " tests pass";
    if (state.stuck) {
      td.classList.add("stuck");
      td.appendChild(element("span", "stuck " + state.stuck.minutes + " min", "note"));
      label += ", stuck for " + state.stuck.minutes + " minutes on " + state.stuck.test;
    }
    td.setAttribute("aria-label", label);
    const lines = [label];
    if (state.failing.length) lines.push("Failing:", ...state.failing.map((t) => "  " + t));
    lines.push(state.checks + (state.checks === 1 ? " check" : " checks"));
    td.title = lines.join("\n");
    return td;
  }

  // Columns up to the kata after the furthest one anyone reached: the
  // katas after it are one column, so that the grid fits a projector.
  function shownKatas(room) {
    let furthest = -1;
    room.katas.forEach((kata, index) => {
      if (room.learners.some((l) => l.katas.some((c) => c.kata === kata.id))) furthest = index;
    });
    if (furthest < 0) return { shown: room.katas, later: [] };
    const end = Math.min(furthest + 2, room.katas.length);
    return { shown: room.katas.slice(0, end), later: room.katas.slice(end) };
  }

  function render(room) {
    document.getElementById("join").textContent =
      "cargo kata join " + room.join + ' --name "your name"';
    document.getElementById("stuck-minutes").textContent = room.stuck_minutes;
    document.body.classList.toggle("dense", room.learners.length > 16);
    const { shown, later } = shownKatas(room);

    const head = element("tr");
    head.appendChild(element("th", "Learner")).scope = "col";
    for (const kata of shown) {
      const th = element("th", null, "kata");
      th.scope = "col";
      const abbr = element("abbr", kata.id);
      abbr.title = kata.title;
      th.appendChild(abbr);
      head.appendChild(th);
    }
    if (later.length) {
      const th = element("th", later[0].id + "–" + later[later.length - 1].id, "later");
      th.scope = "col";
      th.title = "nobody has checked these yet";
      head.appendChild(th);
    }

    let stuck = 0;
    let done = 0;
    const body = document.createDocumentFragment();
    for (const learner of room.learners) {
      const tr = element("tr");
      tr.dataset.learner = learner.id;
      const name = element("th", learner.name, "name");
      name.scope = "row";
      name.title = learner.name;
      tr.appendChild(name);
      for (const kata of room.katas) {
        const state = learner.katas.find((c) => c.kata === kata.id);
        if (state && state.stuck) stuck += 1;
        if (state && state.status === "done") done += 1;
      }
      for (const kata of shown) {
        tr.appendChild(cell(learner, kata, learner.katas.find((c) => c.kata === kata.id)));
      }
      if (later.length) tr.appendChild(element("td", "", "cell empty"));
      body.appendChild(tr);
    }

    const table = document.getElementById("grid");
    table.replaceChildren(element("thead"), element("tbody"));
    table.tHead.appendChild(head);
    table.tBodies[0].appendChild(body);
    document.getElementById("empty").hidden = room.learners.length > 0;

    const next = document.getElementById("next");
    const ranked = room.katas
      .filter((k) => k.most_failing)
      .sort((a, b) => b.most_failing.learners - a.most_failing.learners || a.id.localeCompare(b.id));
    next.replaceChildren(
      ...ranked.map((kata) => {
        const li = element("li");
        li.dataset.kata = kata.id;
        li.appendChild(element("span", "kata " + kata.id + " · " + kata.title + ": "));
        li.appendChild(element("code", kata.most_failing.test));
        li.appendChild(
          element("span", " fails for " + kata.most_failing.learners + " of " + kata.learners)
        );
        return li;
      })
    );
    document.getElementById("next-none").hidden = ranked.length > 0;

    const people = room.learners.length === 1 ? "1 learner" : room.learners.length + " learners";
    document.getElementById("summary").textContent =
      people + " · " + stuck + " stuck · " + done + " katas done";
    document.title = stuck ? "Classroom · " + stuck + " stuck" : "Classroom";
  }

  function connect() {
    const events = new EventSource("/room/events?token=" + encodeURIComponent(token));
    events.addEventListener("room", (event) => {
      setConnection("live", "live");
      render(JSON.parse(event.data));
    });
    events.addEventListener("error", () => {
      // The browser reconnects by itself, unless the server refused.
      if (events.readyState === EventSource.CLOSED) {
        setConnection("refused: open the link the server printed", "lost");
      } else {
        setConnection("reconnecting…", "lost");
      }
    });
  }

  connect();
})();
