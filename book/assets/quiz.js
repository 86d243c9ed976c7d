// The chapters' quizzes. `cargo kata dev quizzes` writes each quiz into its
// chapter as plain HTML (from quizzes/NN.toml); this script makes it answer:
// "Check" shows whether the answer is right and the explanation of each
// choice picked (of every choice once the answer is right), "Try again" starts
// the question over. The answer key is in the page (`data-correct`); nothing
// is stored or sent anywhere, and there are no grades.
(function () {
  "use strict";

  function choicesOf(question) {
    return Array.prototype.slice.call(question.querySelectorAll(".quiz-choice"));
  }

  function inputOf(choice) {
    return choice.querySelector("input");
  }

  function isRightChoice(choice) {
    return choice.getAttribute("data-correct") === "true";
  }

  // Marks a choice as one to pick or not, in words as well as in color.
  function reveal(choice) {
    var why = choice.querySelector(".quiz-why");
    var mark = why.querySelector(".quiz-mark");
    if (!mark) {
      mark = document.createElement("strong");
      mark.className = "quiz-mark";
      why.insertBefore(mark, why.firstChild);
    }
    mark.textContent = isRightChoice(choice) ? "Right to pick: " : "Not right: ";
    choice.classList.add(isRightChoice(choice) ? "is-right" : "is-wrong");
    why.hidden = false;
  }

  function check(question) {
    var choices = choicesOf(question);
    var picked = choices.filter(function (choice) {
      return inputOf(choice).checked;
    });
    var verdict = question.querySelector(".quiz-verdict");
    if (picked.length === 0) {
      verdict.textContent = "Pick an answer first.";
      return;
    }
    var right = choices.every(function (choice) {
      return inputOf(choice).checked === isRightChoice(choice);
    });
    (right ? choices : picked).forEach(reveal);
    choices.forEach(function (choice) {
      inputOf(choice).disabled = true;
    });
    if (right) {
      verdict.textContent = "Right. Every choice's explanation is shown below it.";
    } else if (question.getAttribute("data-kind") === "multiple") {
      verdict.textContent =
        "Not quite: the explanation of each choice you picked is below it. Try again?";
    } else {
      verdict.textContent = "Not quite: the explanation of your choice is below it. Try again?";
    }
    question.classList.add(right ? "is-answered-right" : "is-answered-wrong");
    question.querySelector(".quiz-check").hidden = true;
    var again = question.querySelector(".quiz-again");
    again.hidden = false;
    again.focus();
  }

  function startOver(question) {
    choicesOf(question).forEach(function (choice) {
      var input = inputOf(choice);
      input.checked = false;
      input.disabled = false;
      choice.classList.remove("is-right", "is-wrong");
      choice.querySelector(".quiz-why").hidden = true;
    });
    question.classList.remove("is-answered-right", "is-answered-wrong");
    question.querySelector(".quiz-verdict").textContent = "";
    question.querySelector(".quiz-again").hidden = true;
    question.querySelector(".quiz-check").hidden = false;
    inputOf(choicesOf(question)[0]).focus();
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest(".quiz-check, .quiz-again");
    if (!button) {
      return;
    }
    var question = button.closest(".quiz-question");
    if (button.classList.contains("quiz-check")) {
      check(question);
    } else {
      startOver(question);
    }
  });
})();
