// The students' page of a live class: join by code, take a seat, answer, see results.
// Every text from the server is inserted with textContent, never as HTML.
"use strict";
(function () {
  var WORDS = {
    "zh-CN": {
      other: "English", enterCode: "输入课堂代码", code: "6 位数字代码", join: "加入",
      pickName: "选择你的名字", nickname: "输入昵称", nicknameGo: "用这个昵称加入",
      taken: "（已有人选）", lobby: "已加入，等待老师开始……", paused: "老师暂停了测验",
      question: "第 {n} 题，共 {t} 题", submit: "提交答案", sent: "已提交，等待确认……",
      acked: "答案已保存", waitReveal: "答案已保存，等待老师公布答案", right: "✓ 回答正确",
      wrong: "✗ 回答错误", noAnswer: "— 未作答", correctIs: "正确答案：", yours: "你的答案：", none: "未作答",
      explanation: "解析", source: "出处：", next: "下一题", share: "全班选择",
      finished: "测验结束", total: "你答对了 {r} 题，共 {t} 题", done: "你已答完全部题目，等待老师结束",
      reconnecting: "正在重新连接……", connected: "", timeLeft: "剩余 {s} 秒", timeUp: "时间到",
      errors: { wrong_code: "代码不对，请再看一下投影", name_taken: "这个名字已经有人选了",
        nickname_refused: "这个昵称不能用，请换一个", roster_only: "请从名单中选择你的名字",
        unknown_name: "名单里没有这个名字", ended: "测验已经结束", not_now: "现在不能作答",
        time_up: "时间到了，这题没有记上", bad_answer: "请选择答案", closed: "连接被关闭：" }
    },
    en: {
      other: "中文", enterCode: "Enter the class code", code: "6-digit code", join: "Join",
      pickName: "Pick your name", nickname: "Type a nickname", nicknameGo: "Join with this nickname",
      taken: " (taken)", lobby: "You are in. Waiting for the teacher to start…", paused: "The teacher paused the quiz",
      question: "Question {n} of {t}", submit: "Submit answer", sent: "Sent, waiting for the receipt…",
      acked: "Answer saved", waitReveal: "Answer saved. Waiting for the teacher to reveal it", right: "✓ Right",
      wrong: "✗ Wrong", noAnswer: "— No answer", correctIs: "Correct answer: ", yours: "Your answer: ", none: "no answer",
      explanation: "Explanation", source: "Source: ", next: "Next question", share: "What the class chose",
      finished: "The quiz is over", total: "You got {r} of {t} right", done: "You answered every question. Waiting for the teacher to end",
      reconnecting: "Reconnecting…", connected: "", timeLeft: "{s} s left", timeUp: "Time is up",
      errors: { wrong_code: "Wrong code: check the projector", name_taken: "Someone has already taken this name",
        nickname_refused: "This nickname cannot be used: try another", roster_only: "Pick your name from the list",
        unknown_name: "This name is not on the list", ended: "The quiz has ended", not_now: "Answers are not taken now",
        time_up: "Time was up: this answer did not count", bad_answer: "Choose an answer", closed: "Connection closed: " }
    }
  };
  var LETTERS = "ABCDEFGH";
  var SHAPES = ["▲", "◆", "●", "■", "★", "⬟", "⬢", "✚"];
  var params = new URLSearchParams(location.search);
  var lang = localStorage.getItem("ipquiz-live-lang") ||
    ((navigator.language || "").toLowerCase().indexOf("zh") === 0 ? "zh-CN" : "en");
  if (params.get("lang") === "en" || params.get("lang") === "zh-CN") { lang = params.get("lang"); }
  var code = params.get("code") || "";
  var ws = null, state = null, lastResult = null, picked = [], pending = null, message = "", retry = 500;
  var main = document.getElementById("main");
  var status = document.getElementById("status");

  function w(key, values) {
    var text = WORDS[lang][key];
    Object.keys(values || {}).forEach(function (k) { text = text.replace("{" + k + "}", values[k]); });
    return text;
  }
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }
  function tokenKey() { return "ipquiz-live-token-" + code; }
  function send(obj) { if (ws && ws.readyState === 1) { ws.send(JSON.stringify(obj)); } }

  function connect() {
    if (!/^[0-9]{6}$/.test(code)) { render(); return; }
    var scheme = location.protocol === "https:" ? "wss://" : "ws://";
    ws = new WebSocket(scheme + location.host + "/ws");
    ws.onopen = function () {
      retry = 500;
      status.textContent = "";
      var hello = { type: "hello", code: code };
      var token = localStorage.getItem(tokenKey());
      if (token) { hello.token = token; }
      send(hello);
    };
    ws.onmessage = function (event) { receive(JSON.parse(event.data)); };
    ws.onclose = function (event) {
      ws = null;
      if (event.code === 1008) { status.textContent = WORDS[lang].errors.closed + (event.reason || ""); }
      else { status.textContent = w("reconnecting"); }
      setTimeout(connect, retry);
      retry = Math.min(retry * 2, 5000);
    };
  }

  function receive(msg) {
    if (msg.type === "seat") { localStorage.setItem(tokenKey(), msg.token); return; }
    if (msg.type === "error") {
      message = WORDS[lang].errors[msg.reason] || msg.reason;
      if (msg.reason === "wrong_code") { code = ""; ws.close(); }
      if (msg.position !== undefined) { pending = null; }
      render();
      return;
    }
    if (msg.type === "ack") {
      pending = null; picked = [];
      message = w("acked");
      if (msg.result) { lastResult = msg.result; }
      return;
    }
    if (msg.type === "state") {
      var before = state;
      state = msg;
      if (!before || !state.question || !before.question || before.question.position !== state.question.position) { picked = []; }
      // An answer sent before a dropped connection goes again (stored once on the server).
      if (pending && state.question && state.question.position === pending.position && state.answered === null) {
        send(pending);
      } else if (pending && state.answered) { pending = null; }
      render();
    }
  }

  function choose(i) {
    if (!state || !state.question || state.answered || pending) { return; }
    if (state.question.kind === "multiple") {
      var at = picked.indexOf(i);
      if (at >= 0) { picked.splice(at, 1); } else { picked.push(i); }
      render();
      return;
    }
    submit([i]);
  }
  function submit(choices) {
    pending = { type: "answer", position: state.question.position, choices: choices };
    picked = choices.slice();
    message = w("sent");
    lastResult = null;
    send(pending);
    render();
  }

  function renderCode() {
    main.appendChild(el("h1", null, w("enterCode")));
    var form = el("form", "field");
    var input = el("input");
    input.setAttribute("inputmode", "numeric"); input.setAttribute("maxlength", "6");
    input.setAttribute("aria-label", w("code")); input.placeholder = w("code"); input.id = "code";
    var go = el("button", "primary", w("join")); go.type = "submit"; go.id = "join";
    form.appendChild(input); form.appendChild(go);
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      code = input.value.replace(/\s/g, "");
      message = "";
      history.replaceState(null, "", "?code=" + encodeURIComponent(code));
      connect();
    });
    main.appendChild(form);
  }

  function renderSeat() {
    if (state.roster.length) {
      main.appendChild(el("h1", null, w("pickName")));
      var names = el("div", "names");
      state.roster.forEach(function (r) {
        var b = el("button", null, r.name + (r.taken ? w("taken") : ""));
        b.type = "button"; b.disabled = r.taken;
        b.addEventListener("click", function () { send({ type: "claim", person: r.person }); });
        names.appendChild(b);
      });
      main.appendChild(names);
      return;
    }
    main.appendChild(el("h1", null, w("nickname")));
    var form = el("form", "field");
    var input = el("input"); input.id = "nickname"; input.setAttribute("maxlength", "20");
    input.setAttribute("aria-label", w("nickname"));
    var go = el("button", "primary", w("nicknameGo")); go.type = "submit"; go.id = "claim";
    form.appendChild(input); form.appendChild(go);
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      if (input.value.trim()) { send({ type: "claim", nickname: input.value.trim() }); }
    });
    main.appendChild(form);
  }

  function letters(list) {
    return list.length ? list.map(function (i) { return LETTERS[i]; }).join(", ") : w("none");
  }
  function renderResult(result, question, shares) {
    var box = el("section", "result");
    var verdict = result.right ? "right" : (result.chosen.length ? "wrong" : "noAnswer");
    box.appendChild(el("p", "verdict " + (result.right ? "right" : "wrong"), w(verdict)));
    if (question) { box.appendChild(el("p", "prompt", question.texts[lang].prompt)); }
    box.appendChild(el("p", null, w("yours") + letters(result.chosen)));
    box.appendChild(el("p", null, w("correctIs") + letters(result.correct)));
    if (shares) {
      box.appendChild(el("h2", null, w("share")));
      shares.forEach(function (s, i) {
        var row = el("div", "share");
        row.appendChild(el("span", null, SHAPES[i] + " " + LETTERS[i] + " " + Math.round(s * 100) + "%"));
        var bar = el("span", "bar"); bar.style.width = Math.round(s * 60) + "%";
        row.appendChild(bar);
        box.appendChild(row);
      });
    }
    var texts = result.texts[lang];
    if (texts.explanation) {
      box.appendChild(el("h2", null, w("explanation")));
      box.appendChild(el("p", "explain", texts.explanation));
    }
    if (texts.source) { box.appendChild(el("p", "source", w("source") + texts.source)); }
    return box;
  }

  function renderQuestion() {
    var q = state.question;
    var head = el("p", null, w("question", { n: q.position + 1, t: state.total }));
    main.appendChild(head);
    if (state.seconds_left !== null && state.seconds_left !== undefined) {
      main.appendChild(el("p", "timer", state.seconds_left > 0 ? w("timeLeft", { s: Math.ceil(state.seconds_left) }) : w("timeUp")));
    }
    main.appendChild(el("h1", "prompt", q.texts[lang].prompt));
    var chosen = state.answered || (pending ? pending.choices : picked);
    var grid = el("div", "choices");
    q.texts[lang].choices.forEach(function (text, i) {
      var b = el("button", "choice c" + i);
      b.type = "button";
      b.setAttribute("aria-pressed", chosen.indexOf(i) >= 0 ? "true" : "false");
      b.setAttribute("aria-label", LETTERS[i] + ". " + text);
      b.disabled = !!state.answered || !!pending || state.paused;
      b.id = "choice-" + i;
      b.appendChild(el("span", "mark", SHAPES[i] + " " + LETTERS[i]));
      b.appendChild(el("span", "text", text));
      b.addEventListener("click", function () { choose(i); });
      grid.appendChild(b);
    });
    main.appendChild(grid);
    if (q.kind === "multiple" && !state.answered && !pending) {
      var go = el("button", "primary", w("submit")); go.type = "button"; go.id = "submit";
      go.disabled = !picked.length;
      go.addEventListener("click", function () { submit(picked.slice().sort()); });
      main.appendChild(go);
    }
    if (state.answered && state.pace === "teacher") { main.appendChild(el("p", "wait", w("waitReveal"))); }
  }

  function renderSummary() {
    var s = state.summary;
    main.appendChild(el("h1", null, state.stage === "finished" ? w("finished") : w("done")));
    main.appendChild(el("p", "verdict right", w("total", { r: s.right, t: s.total })));
    var list = el("ol", "summary");
    s.questions.forEach(function (q) {
      var item = el("li");
      item.appendChild(renderResult(q, q, null));
      list.appendChild(item);
    });
    main.appendChild(list);
  }

  function render() {
    document.documentElement.lang = lang;
    document.getElementById("lang").textContent = w("other");
    document.getElementById("who").textContent = state && state.name ? state.name : "";
    main.textContent = "";
    if (message) { main.appendChild(el("p", "status", message)); }
    if (!/^[0-9]{6}$/.test(code) || !state) { if (!/^[0-9]{6}$/.test(code)) { renderCode(); } return; }
    if (!state.name) { renderSeat(); return; }
    if (state.paused) { main.appendChild(el("p", "wait", w("paused"))); return; }
    if (state.summary) { renderSummary(); return; }
    if (state.stage === "lobby") { main.appendChild(el("p", "wait", w("lobby"))); return; }
    if (state.stage === "reveal" && state.result) {
      main.appendChild(renderResult(state.result, null, state.shares));
      return;
    }
    if (lastResult && state.pace === "self") {
      main.appendChild(renderResult(lastResult, null, null));
      var next = el("button", "primary", w("next")); next.type = "button"; next.id = "next";
      next.addEventListener("click", function () { lastResult = null; message = ""; render(); });
      main.appendChild(next);
      return;
    }
    if (state.question) { renderQuestion(); }
  }

  document.getElementById("lang").addEventListener("click", function () {
    lang = lang === "en" ? "zh-CN" : "en";
    localStorage.setItem("ipquiz-live-lang", lang);
    if (state && state.seconds_left) { state.seconds_left = null; }
    render();
  });
  render();
  connect();
})();
