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
      reconnecting: "正在重新连接……", connected: "", timeLeft: "剩余时间 {s}", seconds: "{s} 秒", timeUp: "时间到",
      soon: "还剩 10 秒", questionTime: "第 {n} 题，共 {t} 题，限时 {s}", setTime: "全部题目限时 {s}",
      codeLabel: "课堂代码（投影上的 6 位数字）", nicknameLabel: "你的昵称", other_lang: "en", picture: "题目配图",
      points: "{p} 分", streak: "连对 {s} 题", skipped: "老师跳过了这题，不计分",
      removed: "老师已将你移出本次课堂",
      rightChoice: "正确答案", several: "可多选：选出所有正确答案，再按“提交答案”",
      errors: { wrong_code: "代码不对，请再看一下投影", name_taken: "这个名字已经有人选了",
        nickname_refused: "这个昵称不能用，请换一个", roster_only: "请从名单中选择你的名字",
        unknown_name: "名单里没有这个名字", ended: "测验已经结束", not_now: "现在不能作答",
        time_up: "时间到了，这题没有记上", bad_answer: "请选择答案", closed: "连接被关闭：",
        skipped: "老师跳过了这题", seat_freed: "老师释放了你的座位：请重新选择名字",
        removed: "老师已将你移出本次课堂" }
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
      reconnecting: "Reconnecting…", connected: "", timeLeft: "Time left: {s}", seconds: "{s} s", timeUp: "Time is up",
      soon: "10 seconds left", questionTime: "Question {n} of {t}, {s} to answer", setTime: "{s} for the whole set",
      codeLabel: "Class code (the 6 digits on the projector)", nicknameLabel: "Your nickname", other_lang: "zh-CN", picture: "The question's picture",
      points: "{p} points", streak: "{s} right in a row", skipped: "The teacher skipped this question: it does not count",
      removed: "The teacher took you out of this class",
      rightChoice: "right answer", several: "Several may be right: pick every right one, then Submit answer",
      errors: { wrong_code: "Wrong code: check the projector", name_taken: "Someone has already taken this name",
        nickname_refused: "This nickname cannot be used: try another", roster_only: "Pick your name from the list",
        unknown_name: "This name is not on the list", ended: "The quiz has ended", not_now: "Answers are not taken now",
        time_up: "Time was up: this answer did not count", bad_answer: "Choose an answer", closed: "Connection closed: ",
        skipped: "The teacher skipped this question", seat_freed: "The teacher freed your seat: pick your name again",
        removed: "The teacher took you out of this class" }
    }
  };
  var LETTERS = "ABCDEFGH";
  // Each choice is told by its letter, its shape and its colour: never by colour alone.
  // The shapes are drawn (a font on an old phone may lack the symbols).
  var SVG = "http://www.w3.org/2000/svg";
  var SHAPES = ["12,2 23,22 1,22", "12,1 23,12 12,23 1,12", null, "3,3 21,3 21,21 3,21",
    "12,1 15,9 23,9 17,14 19,23 12,18 5,23 7,14 1,9 9,9", "12,1 23,9 19,23 5,23 1,9",
    "6,2 18,2 23,12 18,22 6,22 1,12", "8,1 16,1 16,8 23,8 23,16 16,16 16,23 8,23 8,16 1,16 1,8 8,8"];
  var SOON_MS = 10000;
  var params = new URLSearchParams(location.search);
  // Storage can be refused (a private tab, some in-app browsers): the page still works,
  // it only cannot bring the device back to its seat after a reload.
  function load(key) { try { return window.localStorage.getItem(key); } catch (e) { return null; } }
  function keep(key, value) { try { window.localStorage.setItem(key, value); } catch (e) { return; } }
  function forget(key) { try { window.localStorage.removeItem(key); } catch (e) { return; } }
  var lang = load("ipquiz-live-lang") ||
    ((navigator.language || "").toLowerCase().indexOf("zh") === 0 ? "zh-CN" : "en");
  if (params.get("lang") === "en" || params.get("lang") === "zh-CN") { lang = params.get("lang"); }
  var code = params.get("code") || "";
  var ws = null, state = null, picked = [], pending = null, message = "", retry = 500;
  // Self-paced: when this device last said its question's time was up (said again after
  // a while if the server had not counted it up yet).
  var toldUp = -1e9;
  // The countdown: the server says how many milliseconds are left, and the device counts
  // down from the moment it heard that on its own monotonic clock (its wall clock may be
  // minutes off the PC's).
  var endsAt = null, spoken = {}, view = null;
  var main = document.getElementById("main");
  var status = document.getElementById("status");
  var say = document.getElementById("say");

  function now() { return window.performance && performance.now ? performance.now() : Date.now(); }
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
  function shape(i) {
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("class", "shape");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    var mark = document.createElementNS(SVG, SHAPES[i] ? "polygon" : "circle");
    if (SHAPES[i]) { mark.setAttribute("points", SHAPES[i]); } else {
      mark.setAttribute("cx", "12"); mark.setAttribute("cy", "12"); mark.setAttribute("r", "11");
    }
    mark.setAttribute("fill", "currentColor");
    svg.appendChild(mark);
    return svg;
  }
  function badge(i) {
    var mark = el("span", "mark");
    mark.appendChild(shape(i));
    mark.appendChild(el("span", "letter", LETTERS[i]));
    return mark;
  }
  // Said once by a screen reader (the live region), at the moments that matter: a new
  // question and its time, ten seconds left, time up, a saved answer, a result.
  function speak(text) {
    say.textContent = "";
    setTimeout(function () { say.textContent = text; }, 50);
  }
  function speakOnce(key, text) {
    if (!spoken[key]) { spoken[key] = true; speak(text); }
  }
  function tokenKey() { return "ipquiz-live-token-" + code; }
  function send(obj) { if (ws && ws.readyState === 1) { ws.send(JSON.stringify(obj)); } }

  // Says who this device is; the answer is everything the page shows, the time left too.
  function hello() {
    var message = { type: "hello", code: code };
    var token = load(tokenKey());
    if (token) { message.token = token; }
    send(message);
  }
  function connect() {
    if (!/^[0-9]{6}$/.test(code)) { render(); return; }
    var scheme = location.protocol === "https:" ? "wss://" : "ws://";
    ws = new WebSocket(scheme + location.host + "/ws");
    ws.onopen = function () {
      retry = 500;
      status.textContent = "";
      hello();
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
    if (msg.type === "seat") { keep(tokenKey(), msg.token); return; }
    if (msg.type === "error") {
      // (being removed is said by the page itself, once)
      message = msg.reason === "removed" ? "" : WORDS[lang].errors[msg.reason] || msg.reason;
      speak(message);
      if (msg.reason === "wrong_code") { code = ""; ws.close(); }
      if (msg.reason === "seat_freed") { forget(tokenKey()); pending = null; }
      if (msg.position !== undefined) { pending = null; }
      render();
      return;
    }
    if (msg.type === "ack") {
      pending = null; picked = [];
      message = w("acked");
      // (a self-paced result is said when it is shown)
      if (!msg.result) { speak(message); }
      return;
    }
    if (msg.type === "state") {
      var before = state;
      state = msg;
      endsAt = typeof msg.ms_left === "number" ? now() + msg.ms_left : null;
      if (!before || !state.question || !before.question || before.question.position !== state.question.position) { picked = []; }
      // What was said about the last view ("Answer saved") does not carry over to the next;
      // why a seat was lost ("The teacher freed your seat") stays with the names.
      var lost = before && before.name && !state.name;
      if (before && !lost && (before.stage !== state.stage || (before.question && !state.question))) { message = ""; }
      // An answer sent before a dropped connection goes again (stored once on the server).
      if (pending && state.question && state.question.position === pending.position && state.answered === null) {
        send(pending);
      } else if (pending && state.answered) { pending = null; }
      render();
    }
  }

  function msLeft() { return endsAt === null ? null : Math.max(0, endsAt - now()); }
  function timeUp() { return endsAt !== null && msLeft() === 0; }
  function duration(ms) {
    var s = Math.ceil(ms / 1000);
    if (s < 60) { return w("seconds", { s: s }); }
    var rest = s % 60;
    return Math.floor(s / 60) + ":" + (rest < 10 ? "0" : "") + rest;
  }
  function timerText() { return timeUp() ? w("timeUp") : w("timeLeft", { s: duration(msLeft()) }); }

  // Four times a second: only the timer's text changes; the page is drawn again once,
  // when the time is up (the answer buttons go off).
  function tick() {
    if (!state || !state.question || state.paused || endsAt === null) { return; }
    var left = msLeft(), key = view;
    var timer = document.getElementById("timer");
    if (timer) {
      timer.textContent = timerText();
      timer.className = "timer" + (left === 0 ? " up" : (left <= SOON_MS ? " soon" : ""));
    }
    if (left === 0) {
      if (!spoken[key + ":up"]) { speakOnce(key + ":up", w("timeUp")); render(); }
      // Self-paced: on to this question's result, without an answer (the server counts
      // the time from when it sent the question, so it agrees by now).
      if (state.pace === "self" && !pending && !state.answered && now() - toldUp > 3000) {
        toldUp = now();
        send({ type: "next", position: state.question.position });
      }
    } else if (left <= SOON_MS && spoken[key + ":long"]) {
      speakOnce(key + ":soon", w("soon"));
    }
  }

  function choose(i) {
    if (!state || !state.question || state.answered || pending || timeUp()) { return; }
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
    send(pending);
    render();
  }

  function field(id, label, input) {
    var form = el("form", "field");
    var caption = el("label", null, label);
    caption.setAttribute("for", id);
    input.id = id;
    form.appendChild(caption); form.appendChild(input);
    return form;
  }
  function renderCode() {
    main.appendChild(el("h1", null, w("enterCode")));
    var input = el("input");
    input.setAttribute("inputmode", "numeric"); input.setAttribute("maxlength", "6");
    input.setAttribute("autocomplete", "off"); input.placeholder = w("code");
    var form = field("code", w("codeLabel"), input);
    var go = el("button", "primary", w("join")); go.type = "submit"; go.id = "join";
    form.appendChild(go);
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
      var title = el("h1", null, w("pickName")); title.id = "pick";
      main.appendChild(title);
      var names = el("div", "names");
      names.setAttribute("role", "group"); names.setAttribute("aria-labelledby", "pick");
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
    var input = el("input"); input.setAttribute("maxlength", "20"); input.setAttribute("autocomplete", "off");
    var form = field("nickname", w("nicknameLabel"), input);
    var go = el("button", "primary", w("nicknameGo")); go.type = "submit"; go.id = "claim";
    form.appendChild(go);
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      if (input.value.trim()) { send({ type: "claim", nickname: input.value.trim() }); }
    });
    main.appendChild(form);
  }

  function letters(list) {
    return list.length ? list.map(function (i) { return LETTERS[i]; }).join(", ") : w("none");
  }
  function verdictOf(result) {
    if (result.skipped) { return "skipped"; }
    if (result.timed_out) { return "timeUp"; }
    return result.right ? "right" : (result.chosen.length ? "wrong" : "noAnswer");
  }
  // A question's picture, only ever as an <img>: an SVG shown this way runs nothing.
  function picture(image, className, id) {
    var figure = el("figure", className);
    var img = el("img");
    img.src = image.src;
    img.alt = image.alt[lang] || w("picture");
    if (id) { img.id = id; }
    figure.appendChild(img);
    return figure;
  }
  function renderResult(result, question, shares, heading) {
    var box = el("section", "result");
    if (result.skipped) {
      if (question) { box.appendChild(el("p", "prompt", question.texts[lang].prompt)); }
      box.appendChild(el(heading ? "h1" : "p", "verdict", w("skipped")));
      return box;
    }
    var verdict = el(heading ? "h1" : "p", "verdict " + (result.right ? "right" : "wrong"), w(verdictOf(result)));
    box.appendChild(verdict);
    if (question) { box.appendChild(el("p", "prompt", question.texts[lang].prompt)); }
    if (result.image) { box.appendChild(picture(result.image, heading ? "picture" : "picture small", null)); }
    box.appendChild(el("p", null, w("yours") + letters(result.chosen)));
    box.appendChild(el("p", null, w("correctIs") + letters(result.correct)));
    if (shares) {
      box.appendChild(el("h2", null, w("share")));
      shares.forEach(function (s, i) {
        var row = el("div", "share");
        row.appendChild(badge(i));
        row.appendChild(el("span", "pct", Math.round(s * 100) + "%"));
        var bar = el("span", "bar c" + i); bar.style.width = Math.round(s * 60) + "%";
        bar.setAttribute("aria-hidden", "true");
        row.appendChild(bar);
        if (result.correct.indexOf(i) >= 0) { row.appendChild(el("span", "ok", "✓ " + w("rightChoice"))); }
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
    var late = timeUp();
    main.appendChild(el("p", "count", w("question", { n: q.position + 1, t: state.total })));
    if (endsAt !== null) {
      var timer = el("p", late ? "timer up" : "timer", timerText());
      timer.id = "timer";
      timer.setAttribute("role", "timer");
      main.appendChild(timer);
    }
    main.appendChild(el("h1", "prompt", q.texts[lang].prompt));
    if (q.image) { main.appendChild(picture(q.image, "picture", "picture")); }
    if (q.kind === "multiple") { main.appendChild(el("p", "hint", w("several"))); }
    var chosen = state.answered || (pending ? pending.choices : picked);
    var grid = el("div", state.answered || pending ? "choices sent" : "choices");
    q.texts[lang].choices.forEach(function (text, i) {
      var b = el("button", "choice c" + i);
      b.type = "button";
      b.setAttribute("aria-pressed", chosen.indexOf(i) >= 0 ? "true" : "false");
      b.setAttribute("aria-label", LETTERS[i] + ": " + text);
      b.disabled = !!state.answered || !!pending || state.paused || late;
      b.id = "choice-" + i;
      b.appendChild(badge(i));
      b.appendChild(el("span", "text", text));
      b.addEventListener("click", function () { choose(i); });
      grid.appendChild(b);
    });
    main.appendChild(grid);
    if (q.kind === "multiple" && !state.answered && !pending) {
      var go = el("button", "primary", w("submit")); go.type = "button"; go.id = "submit";
      go.disabled = !picked.length || late;
      go.addEventListener("click", function () { submit(picked.slice().sort()); });
      main.appendChild(go);
    }
    if (state.answered && state.pace === "teacher") { main.appendChild(el("p", "wait", w("waitReveal"))); }
    var key = "q" + q.position;
    if (endsAt !== null && !late && !spoken[key + ":start"]) {
      spoken[key + ":start"] = true;
      spoken[key + ":long"] = msLeft() > SOON_MS + 1000;
      speak(state.pace === "teacher" || state.question_time
        ? w("questionTime", { n: q.position + 1, t: state.total, s: duration(msLeft()) })
        : w("setTime", { s: duration(msLeft()) }));
    }
  }

  function renderSummary() {
    var s = state.summary;
    main.appendChild(el("h1", null, state.stage === "finished" ? w("finished") : w("done")));
    main.appendChild(el("p", "verdict total", w("total", { r: s.right, t: s.total })));
    var list = el("ol", "summary");
    s.questions.forEach(function (q) {
      var item = el("li");
      item.appendChild(renderResult(q, q, null, false));
      list.appendChild(item);
    });
    main.appendChild(list);
  }

  // What is on the page, so that focus moves (to the new heading) only when that changes.
  function draw() {
    if (!/^[0-9]{6}$/.test(code)) { renderCode(); return "code"; }
    if (!state) { return "wait"; }
    if (state.removed) { main.appendChild(el("h1", "wait", w("removed"))); return "removed"; }
    if (!state.name) { renderSeat(); return "seat"; }
    if (state.game) {
      main.appendChild(el("p", "points", w("points", { p: state.points }) +
        (state.streak > 1 ? " · " + w("streak", { s: state.streak }) : "")));
    }
    if (state.paused) { main.appendChild(el("h1", "wait", w("paused"))); return "paused"; }
    if (state.summary) { renderSummary(); return "summary"; }
    if (state.stage === "lobby") { main.appendChild(el("h1", "wait", w("lobby"))); return "lobby"; }
    if (state.stage === "reveal" && state.result) {
      main.appendChild(renderResult(state.result, state.result, state.shares, true));
      speakOnce("r" + state.result.position, w(verdictOf(state.result)));
      return "r" + state.result.position;
    }
    if (state.reading) {
      // Self-paced: the result of the last question, read for as long as the student
      // likes; the next question (and its time) comes when they ask for it.
      var read = state.reading;
      main.appendChild(renderResult(read, read, null, true));
      speakOnce("r" + read.position, w(verdictOf(read)));
      var next = el("button", "primary", w("next")); next.type = "button"; next.id = "next";
      next.addEventListener("click", function () {
        message = ""; next.disabled = true;
        send({ type: "next", position: read.position });
      });
      main.appendChild(next);
      return "r" + read.position;
    }
    if (state.question) { renderQuestion(); return "q" + state.question.position; }
    return "wait";
  }

  function render() {
    var active = document.activeElement;
    var focused = active && active !== main && main.contains(active) ? active.id : "";
    document.documentElement.lang = lang;
    var other = document.getElementById("lang");
    other.textContent = w("other");
    other.setAttribute("lang", w("other_lang"));
    document.getElementById("who").textContent = state && state.name ? state.name : "";
    main.textContent = "";
    if (message) { main.appendChild(el("p", "status", message)); }
    var drawn = draw();
    var title = main.querySelector("h1");
    document.title = (title ? title.textContent + " · " : "") + "ipquiz";
    var again = focused ? document.getElementById(focused) : null;
    var moved = view !== null && drawn !== view;
    view = drawn;
    if (again && !again.disabled && !moved) { again.focus(); return; }
    // A new view: focus goes to its heading, which a screen reader reads next; a result
    // is said by the live region, and so is what follows a control that went off
    // (answered, time up): focus then waits on the page.
    var heading = moved && drawn.charAt(0) !== "r" ? main.querySelector("h1") : null;
    if (heading) { heading.setAttribute("tabindex", "-1"); heading.focus(); }
    else if (moved || focused) { main.focus(); }
  }

  // A keyboard picks a choice by its letter or number (a tablet's keyboard, a switch).
  document.addEventListener("keydown", function (e) {
    var target = e.target;
    if (e.ctrlKey || e.altKey || e.metaKey || (target && target.tagName === "INPUT")) { return; }
    if (!state || !state.question || !view || view.charAt(0) !== "q") { return; }
    var key = (e.key || "").toUpperCase();
    var i = key.length === 1 ? LETTERS.indexOf(key) : -1;
    if (i < 0 && key.length === 1) { i = "12345678".indexOf(key); }
    if (i < 0 || i >= state.question.texts[lang].choices.length) { return; }
    e.preventDefault();
    choose(i);
  });
  // A phone that was locked may have stopped its clock meanwhile: back on the page, it
  // asks again for what is shown and the time left.
  document.addEventListener("visibilitychange", function () {
    if (!document.hidden) { hello(); }
  });
  document.getElementById("lang").addEventListener("click", function () {
    lang = lang === "en" ? "zh-CN" : "en";
    keep("ipquiz-live-lang", lang);
    render();
  });
  render();
  connect();
  setInterval(tick, 250);
})();
