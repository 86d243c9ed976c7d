// The instructor's page: draws the room from the server's `room` events.
// Every name and test name is set with textContent, never parsed as HTML:
// a learner called "<script>" is shown as exactly that. The quizzes' words
// come from the catalog (`/api/quizzes`, fetched once); the events carry
// only ids and counts.
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

    const refused = document.getElementById("refused");
    const words = [];
    if (room.refused.room_full) words.push(room.refused.room_full + " refused: the room was full");
    if (room.refused.too_fast) words.push(room.refused.too_fast + " refused: joining too fast");
    refused.textContent = words.length ? "Joins " + words.join(" · ") : "";
    refused.hidden = words.length === 0;

    lastRoom = room;
    renderQuiz(room.quiz);
  }

  // ---- The quizzes ----

  // The catalog, by question id: { question, quiz } once fetched.
  let questions = null;
  let lastRoom = null;
  // The poll the instructor hid on this page.
  let hiddenPoll = null;

  // Inline markdown as text: `code` as <code>, the rest plain (the
  // asterisks of emphasis dropped). Built with textContent only.
  function inline(text) {
    const fragment = document.createDocumentFragment();
    String(text).split("`").forEach((part, index) => {
      if (index % 2 === 1) fragment.appendChild(element("code", part));
      else fragment.appendChild(document.createTextNode(part.replace(/\*\*?([^*]+)\*\*?/g, "$1")));
    });
    return fragment;
  }

  function prompt(container, markdown) {
    container.replaceChildren(
      ...String(markdown)
        .split(/\n\s*\n/)
        .map((paragraph) => {
          const p = element("p");
          p.appendChild(inline(paragraph.replace(/\s*\n\s*/g, " ").trim()));
          return p;
        })
    );
  }

  function shortPrompt(markdown) {
    const first = String(markdown).split(/\n\s*\n/)[0].replace(/\s*\n\s*/g, " ").trim();
    return first.length > 140 ? first.slice(0, 139) + "…" : first;
  }

  // Bars: one item per choice, with its count, its share of those who
  // answered, the names (when shown), and a ✓ on the right ones when
  // `reveal`.
  function bars(list, entry, counts, reveal) {
    const answered = counts.answered;
    list.replaceChildren(
      ...entry.question.choices.map((choice, index) => {
        const bar = counts.choices.find((c) => c.choice === choice.id) || { count: 0, names: [] };
        const li = element("li", null, "choice");
        li.dataset.choice = choice.id;
        if (reveal && choice.correct) li.classList.add("right");
        const label = element("span", null, "label");
        label.appendChild(element("span", (index + 1) + ". ", "number"));
        label.appendChild(inline(choice.text));
        if (reveal && choice.correct) label.appendChild(element("span", " ✓ right", "mark"));
        li.appendChild(label);
        const track = element("span", null, "track");
        const fill = element("span", null, "fill");
        fill.style.width = (answered ? (100 * bar.count) / answered : 0) + "%";
        track.appendChild(fill);
        li.appendChild(track);
        li.appendChild(element("span", String(bar.count), "count"));
        li.setAttribute(
          "aria-label",
          (index + 1) + ": " + bar.count + " of " + answered + (reveal && choice.correct ? ", right" : "")
        );
        if (bar.names.length) li.appendChild(element("span", bar.names.join(", "), "names"));
        return li;
      })
    );
  }

  function renderQuiz(quiz) {
    if (!questions) return;
    renderAsked(quiz.poll);
    renderControls(quiz);
    renderAnswers(quiz);
    renderConcept(quiz);
  }

  function renderAsked(poll) {
    const section = document.getElementById("asked");
    const entry = poll && questions.get(poll.question);
    if (!entry || hiddenPoll === poll.poll) {
      section.hidden = true;
      return;
    }
    section.hidden = false;
    section.dataset.poll = poll.poll;
    section.dataset.question = poll.question;
    section.classList.toggle("open", poll.open);
    document.getElementById("asked-from").textContent = entry.quiz.title;
    const shown = document.getElementById("asked-prompt");
    if (shown.dataset.question !== poll.question) {
      shown.dataset.question = poll.question;
      prompt(shown, entry.question.prompt);
      document.getElementById("asked-shows").replaceChildren(
        ...entry.question.shows.map((show) => {
          const figure = element("figure", null, "show");
          figure.appendChild(element("figcaption", show.title));
          figure.appendChild(element("pre", show.text));
          return figure;
        })
      );
    }
    // While the question is open, the bars fill and no answer is marked:
    // the room is still answering, and may be watching the projector.
    bars(document.getElementById("asked-choices"), entry, poll, !poll.open);
    const people = poll.answered === 1 ? "1 answer" : poll.answered + " answers";
    document.getElementById("asked-status").textContent = poll.open
      ? "Open · " + people + " so far"
      : "Closed · " + people + ", " + poll.right + " right";
    document.getElementById("close-question").hidden = !poll.open;
  }

  function renderControls(quiz) {
    document.getElementById("round-now").textContent = quiz.round
      ? "the " + quiz.round + " round is open"
      : "no round open";
    document.getElementById("round-before").disabled = quiz.round === "before";
    document.getElementById("round-after").disabled = quiz.round === "after";
    document.getElementById("round-close").disabled = !quiz.round;
    document.getElementById("names").checked = quiz.names_shown;
  }

  function renderAnswers(quiz) {
    // The question open to the room keeps its answer to itself here too,
    // until it is closed: the page may be on the projector.
    const asked = quiz.poll && quiz.poll.open ? quiz.poll.question : null;
    const list = document.getElementById("answers");
    list.replaceChildren(
      ...quiz.questions
        .filter((q) => questions.has(q.question))
        .map((counts) => {
          const entry = questions.get(counts.question);
          const li = element("li", null, "question");
          li.dataset.question = counts.question;
          const title = element("p", null, "title");
          title.appendChild(element("span", entry.quiz.title + ": ", "from"));
          title.appendChild(inline(shortPrompt(entry.question.prompt)));
          li.appendChild(title);
          const reveal = counts.question !== asked;
          const people = counts.answered + (counts.answered === 1 ? " learner" : " learners");
          li.appendChild(
            element(
              "p",
              reveal
                ? people + " answered · " + counts.right + " right the first time"
                : people + " answered · asked of the room: its answer shows once it is closed",
              "tally"
            )
          );
          const choices = element("ol", null, "bars");
          bars(choices, entry, counts, reveal);
          li.appendChild(choices);
          return li;
        })
    );
    document.getElementById("answers-none").hidden = quiz.questions.length > 0;
  }

  function share(cell, counts) {
    cell.replaceChildren();
    if (!counts.answered) {
      cell.appendChild(element("span", "–", "none"));
      cell.setAttribute("aria-label", "nobody answered");
      return;
    }
    const percent = Math.round((100 * counts.right) / counts.answered);
    const track = element("span", null, "track");
    const fill = element("span", null, "fill");
    fill.style.width = percent + "%";
    track.appendChild(fill);
    cell.appendChild(track);
    cell.appendChild(element("span", percent + "% (" + counts.right + " of " + counts.answered + ")", "count"));
  }

  function renderConcept(quiz) {
    const body = document.getElementById("concept").tBodies[0];
    body.replaceChildren(
      ...quiz.concept_check
        .filter((q) => questions.has(q.question))
        .map((counts, index) => {
          const entry = questions.get(counts.question);
          const tr = element("tr");
          tr.dataset.question = counts.question;
          const th = element("th", null, "title");
          th.scope = "row";
          th.appendChild(element("span", (index + 1) + ". ", "number"));
          th.appendChild(inline(shortPrompt(entry.question.prompt)));
          tr.appendChild(th);
          const before = element("td", null, "before");
          share(before, counts.before);
          const after = element("td", null, "after");
          share(after, counts.after);
          tr.appendChild(before);
          tr.appendChild(after);
          return tr;
        })
    );
    const none = quiz.concept_check.length === 0;
    document.getElementById("concept").hidden = none;
    document.getElementById("concept-none").hidden = !none;
  }

  function status(text) {
    document.getElementById("quiz-status").textContent = text;
  }

  // Sends what the page asks of the room; the room's next event shows it.
  async function send(method, path, body) {
    try {
      const response = await fetch(path + "?token=" + encodeURIComponent(token), {
        method,
        headers: body === undefined ? {} : { "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!response.ok) {
        const error = await response.json().catch(() => ({ message: response.statusText }));
        status("Refused: " + error.message);
        return;
      }
      status("");
    } catch (error) {
      status("The server did not answer: " + error.message);
    }
  }

  function loadCatalog() {
    fetch("/api/quizzes?token=" + encodeURIComponent(token))
      .then((response) => (response.ok ? response.json() : Promise.reject(response.statusText)))
      .then((catalog) => {
        questions = new Map();
        const select = document.getElementById("ask-question");
        select.replaceChildren(element("option", "Pick a question…"));
        select.firstChild.value = "";
        for (const quiz of catalog.quizzes) {
          let group = null;
          if (!quiz.concept_check) {
            group = element("optgroup");
            group.label = quiz.title;
            select.appendChild(group);
          }
          for (const question of quiz.questions) {
            questions.set(question.id, { quiz, question });
            if (group) {
              const option = element("option", shortPrompt(question.prompt));
              option.value = question.id;
              group.appendChild(option);
            }
          }
        }
        if (lastRoom) renderQuiz(lastRoom.quiz);
      })
      .catch((error) => status("The quizzes could not be loaded: " + error));
  }

  function wire() {
    document.getElementById("ask").addEventListener("click", () => {
      const question = document.getElementById("ask-question").value;
      if (!question) return status("Pick a question to ask first.");
      hiddenPoll = null;
      send("POST", "/api/room/poll", { question });
    });
    document.getElementById("close-question").addEventListener("click", () => {
      send("DELETE", "/api/room/poll");
    });
    document.getElementById("hide-question").addEventListener("click", () => {
      hiddenPoll = Number(document.getElementById("asked").dataset.poll);
      if (lastRoom) renderQuiz(lastRoom.quiz);
    });
    for (const [id, round] of [["round-before", "before"], ["round-after", "after"], ["round-close", null]]) {
      document.getElementById(id).addEventListener("click", () => send("POST", "/api/room/round", { round }));
    }
    document.getElementById("names").addEventListener("change", (event) => {
      send("POST", "/api/room/names", { shown: event.target.checked });
    });
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

  wire();
  loadCatalog();
  connect();
})();
