// 幸福里助手 simulator: WeChat-style building groups, private chats, the grid member's view and the policy base.
// Everything people typed is put on the page with textContent, never as HTML.
"use strict";

const api = "/simulator/api";
const maxLength = 2000;
const state = { tab: "groups", conversation: null, speaker: null, lastId: 0, stream: null, members: [], policy: null };
const $ = (id) => document.getElementById(id);

// Every call carries the admin key once one was entered (production serves the simulator only to its
// holders); a 401 asks for it once and tries again.
async function call(url, options) {
  const key = sessionStorage.getItem("adminKey");
  const response = await fetch(url, {
    ...options,
    headers: { "Content-Type": "application/json", ...(key ? { "X-Admin-Key": key } : {}) },
  });
  if (response.status === 401 && !(options && options.retried)) {
    const entered = (window.prompt("请输入管理员密钥（X-Admin-Key）") || "").trim();
    if (entered) {
      sessionStorage.setItem("adminKey", entered);
      return call(url, { ...options, retried: true });
    }
  }
  if (response.status === 204) return null;
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const problems = body && body.errors ? Object.values(body.errors).flat().join(" ") : null;
    const error = new Error(problems || (body && (body.detail || body.title)) || response.statusText);
    error.status = response.status;
    throw error;
  }
  return body;
}

const request = (path, options) => call(api + path, options);
const adminRequest = call;

// The live stream (Server-Sent Events read with fetch, so that it can carry the admin key); it reconnects
// after the last message seen, and stops for good on a refusal other than "too many streams".
function openStream(conversation, onMessage) {
  const controller = new AbortController();
  const path = `${api}/conversations/${encodeURIComponent(conversation.id)}/events`;
  (async () => {
    while (!controller.signal.aborted) {
      try {
        const key = sessionStorage.getItem("adminKey");
        const response = await fetch(`${path}?after=${state.lastId}`, { headers: key ? { "X-Admin-Key": key } : {}, signal: controller.signal });
        if (response.status >= 400 && response.status < 500 && response.status !== 429) return;
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = "";
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value;
          for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
            const data = buffer.slice(0, end).split("\n").filter((l) => l.startsWith("data: ")).map((l) => l.slice(6)).join("\n");
            buffer = buffer.slice(end + 2);
            if (data) onMessage(JSON.parse(data));
          }
        }
      } catch (error) {
        if (controller.signal.aborted) return;
      }
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  })();
  return controller;
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function showError(message) {
  const box = $("error");
  box.textContent = message;
  box.hidden = !message;
}

// ----- lists -----

async function showTab(tab) {
  state.tab = tab;
  document.querySelectorAll(".tabs button").forEach((b) => b.classList.toggle("active", b.dataset.tab === tab));
  const list = $("list");
  list.replaceChildren();
  if (tab === "policies") {
    await listPolicies();
    return;
  }
  if (tab === "grid") {
    for (const member of await request("/grid-members")) {
      list.append(item(member.name, roleName(member.role), () => openGrid(member)));
    }
    return;
  }
  for (const group of await request("/groups")) {
    if (tab === "groups") {
      list.append(item(group.name, `${group.compound} · ${group.building}`, () => openGroup(group)));
    } else {
      const section = element("li", "section", `${group.compound}${group.building}`);
      list.append(section);
      const members = await request(`/groups/${encodeURIComponent(group.chatId)}/members`);
      for (const person of members.slice(0, 12)) {
        list.append(item(person.name, person.bound ? "已绑定住户" : "未绑定", () => openPrivate(person)));
      }
    }
  }
}

function item(title, sub, onClick) {
  const li = element("li");
  li.append(element("div", "", title), element("div", "sub", sub));
  li.addEventListener("click", onClick);
  return li;
}

function roleName(role) {
  return { GridMember: "网格员", GridLeader: "网格长", BuildingCaptain: "楼栋长", Mediator: "调解员" }[role] || role;
}

// ----- conversations -----

async function openGroup(group) {
  state.members = await request(`/groups/${encodeURIComponent(group.chatId)}/members`);
  const select = $("speaker");
  select.replaceChildren(...state.members.map((p) => option(p)));
  state.speaker = state.members[0] || null;
  $("speaker-row").hidden = false;
  $("private-chat").hidden = false;
  $("inbox").hidden = true;
  $("mention").hidden = false;
  await openConversation({ kind: "group", id: group.chatId, title: group.name });
}

async function openPrivate(person) {
  state.speaker = person;
  state.gridMember = null;
  $("speaker-row").hidden = true;
  $("private-chat").hidden = true;
  $("inbox").hidden = true;
  $("mention").hidden = true;
  await openConversation({ kind: "private", id: person.id, title: `${person.name} 与 幸福里助手` });
}

async function openGrid(member) {
  await openPrivate(member);
  state.gridMember = member;
  $("inbox").hidden = false;
  $("chat-title").textContent = `${roleName(member.role)} ${member.name} 与 幸福里助手`;
  await loadInbox();
}

async function loadInbox() {
  const member = state.gridMember;
  if (!member || $("inbox").hidden) return;
  let orders;
  try {
    orders = await request(`/grid-members/${encodeURIComponent(member.id)}/orders`);
  } catch (error) {
    showError(`工单加载失败：${error.message}`);
    return;
  }
  const list = $("inbox-list");
  if (!orders.length) {
    list.replaceChildren(element("li", "empty", "暂无派给您的工单"));
    return;
  }
  list.replaceChildren(...orders.map((order) => {
    const li = element("li", `order${order.escalationLevel ? " overdue" : ""}`);
    li.dataset.number = order.number;
    const due = order.dueAt
      ? new Date(order.dueAt).toLocaleString("zh-CN", { month: "numeric", day: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "Asia/Shanghai" })
      : "";
    li.append(element("div", "head", `${order.number}［${order.status}］${order.category}｜${order.urgency}`));
    li.append(element("div", "sub", `${order.place}：${order.description}`));
    const who = order.reporterName ? `反映人 ${order.reporterName}${order.reporterPhone ? " " + order.reporterPhone : ""}` : "";
    li.append(element("div", "sub", [who, due && `时限 ${due}`, order.escalationLevel ? "已超时升级" : ""].filter(Boolean).join("｜")));
    if (order.photoUrl) {
      const image = element("img");
      image.alt = "现场照片";
      image.src = order.photoUrl;
      li.append(image);
    }
    li.append(buttonRow(order.actions));
    return li;
  }));
}

// Card buttons (in a private chat or the grid inbox): pressing one sends its value as a card action.
function buttonRow(buttons) {
  const row = element("div", "buttons");
  for (const button of buttons) {
    const node = element("button", "", button.title);
    node.addEventListener("click", () => press(button.value));
    row.append(node);
  }
  return row;
}

function option(person) {
  const node = element("option", "", person.bound ? person.name : `${person.name}（未绑定）`);
  node.value = person.id;
  return node;
}

async function openConversation(conversation) {
  if (state.stream) state.stream.abort();
  $("policy").hidden = true;
  state.conversation = conversation;
  state.lastId = 0;
  $("chat-title").textContent = conversation.title;
  $("messages").replaceChildren();
  showError("");
  $("chat").hidden = false;
  $("app").classList.add("in-chat");
  const path = conversation.kind === "group"
    ? `/groups/${encodeURIComponent(conversation.id)}/messages`
    : `/private/${encodeURIComponent(conversation.id)}/messages`;
  for (const message of await request(path)) append(message);
  state.stream = openStream(conversation, (message) => {
    if (state.conversation && message.conversationId === state.conversation.id) {
      append(message);
      loadInbox();
    }
  });
  $("text").focus();
}

function append(message) {
  if (message.id <= state.lastId) return;
  state.lastId = message.id;
  const mine = !message.fromBot && state.speaker && message.senderId === state.speaker.id;
  const row = element("li", `msg${message.fromBot ? " bot" : ""}${mine ? " mine" : ""}`);
  row.dataset.id = message.id;
  row.append(element("div", "avatar", message.fromBot ? "助" : (message.senderName || "?").slice(-1)));
  const body = element("div", "body");
  const time = new Date(message.createdAt).toLocaleTimeString("zh-CN", { hour: "2-digit", minute: "2-digit", timeZone: "Asia/Shanghai" });
  body.append(element("div", "name", `${message.senderName} ${time}`));
  const bubble = element("div", "bubble");
  if (message.mentionName) bubble.append(element("span", "mention", `@${message.mentionName} `));
  bubble.append(document.createTextNode(message.text));
  for (const src of message.images || []) {
    const image = element("img");
    image.alt = "图片";
    image.src = src;
    bubble.append(image);
  }
  body.append(bubble);
  if ((message.buttons || []).length && !message.isGroup) body.append(buttonRow(message.buttons));
  row.append(body);
  $("messages").append(row);
  $("messages").scrollTop = $("messages").scrollHeight;
}

// ----- policy base (the admin API; in embedded mode it answers local requests without a key) -----

const topicNames = {
  Travel: "出行", MedicalInsurance: "医保", Schooling: "入学", ElderlyCare: "养老",
  Childcare: "育儿", Employment: "就业", CommunityAffairs: "社区事务", Other: "其他",
};

async function listPolicies() {
  const list = $("list");
  let policies;
  try {
    policies = await adminRequest("/admin/policies");
  } catch (error) {
    list.append(element("li", "section", `政策库加载失败：${error.message}`));
    return;
  }
  for (const policy of policies.filter((p) => p && !p.retired)) {
    const sub = `${policy.regionName || policy.regionCode} · ${topicNames[policy.topic] || policy.topic} · 第${policy.version}版${policy.isExample ? " · 示例" : ""}`;
    list.append(item(policy.title, sub, () => openPolicy(policy.id)));
  }
}

async function openPolicy(id) {
  if (state.stream) state.stream.abort();
  state.conversation = null;
  const policy = await adminRequest(`/admin/policies/${id}`);
  const current = policy.versions[policy.versions.length - 1];
  state.policy = policy;
  $("chat").hidden = true;
  $("policy").hidden = false;
  $("app").classList.add("in-chat");
  $("policy-title").textContent = current.title;
  $("policy-meta").textContent = `${policy.regionName || policy.regionCode} · ${topicNames[policy.topic] || policy.topic} · 当前第${current.number}版${policy.isExample ? "（示例政策）" : ""}`;
  $("policy-name").value = current.title;
  $("policy-body").value = current.body;
  $("policy-from").value = current.effectiveFrom;
  $("policy-to").value = current.effectiveTo || "";
  $("policy-issuer").value = current.sourceIssuer;
  $("policy-url").value = current.sourceUrl || "";
  setPolicyStatus("");
  $("policy-versions").replaceChildren(...policy.versions.slice().reverse().map((v) =>
    element("li", "", `第${v.number}版 ${v.title}｜${v.effectiveFrom}${v.effectiveTo ? " 至 " + v.effectiveTo : " 起"}｜${v.sourceIssuer}`)));
}

function setPolicyStatus(text, failed) {
  const status = $("policy-status");
  status.textContent = text;
  status.classList.toggle("failed", Boolean(failed));
}

async function savePolicy(event) {
  event.preventDefault();
  const policy = state.policy;
  if (!policy) return;
  $("policy-save").disabled = true;
  try {
    const saved = await adminRequest(`/admin/policies/${policy.id}`, {
      method: "PUT",
      body: JSON.stringify({
        regionCode: policy.regionCode,
        topic: policy.topic,
        title: $("policy-name").value.trim(),
        body: $("policy-body").value.trim(),
        effectiveFrom: $("policy-from").value || null,
        effectiveTo: $("policy-to").value || null,
        sourceIssuer: $("policy-issuer").value.trim(),
        sourceUrl: $("policy-url").value.trim() || null,
      }),
    });
    await openPolicy(policy.id);
    setPolicyStatus(`已发布第${saved.version}版，相关住户和楼栋群会收到提醒。`);
  } catch (error) {
    setPolicyStatus(`没有发布：${error.message}`, true);
  } finally {
    $("policy-save").disabled = false;
  }
}

// ----- sending -----

async function send(images) {
  const input = $("text");
  const text = input.value.trim();
  if (!state.conversation || (!text && !images)) return;
  if (text.length > maxLength) {
    showError(`消息太长了（${text.length}字），一条最多${maxLength}字，请分几次发送。`);
    return;
  }
  showError("");
  const conversation = state.conversation;
  const path = conversation.kind === "group"
    ? `/groups/${encodeURIComponent(conversation.id)}/messages`
    : `/private/${encodeURIComponent(conversation.id)}/messages`;
  try {
    const stored = await request(path, {
      method: "POST",
      body: JSON.stringify({ userId: state.speaker && state.speaker.id, text, images: images || [] }),
    });
    input.value = "";
    if (stored) append(stored);
  } catch (error) {
    showError(error.status === 400 ? `没有发出：${error.message}` : `发送失败，请稍后再试（${error.message}）`);
  }
}

async function press(value) {
  try {
    await request(`/private/${encodeURIComponent(state.conversation.id)}/actions`, { method: "POST", body: JSON.stringify({ value }) });
  } catch (error) {
    showError(`操作失败：${error.message}`);
  }
}

async function addNeighbour() {
  const name = (window.prompt("新邻居怎么称呼？") || "").trim();
  if (!name) return;
  try {
    const person = await request("/users", { method: "POST", body: JSON.stringify({ name }) });
    state.members.push(person);
    $("speaker").append(option(person));
    $("speaker").value = person.id;
    state.speaker = person;
  } catch (error) {
    showError(`没有添加：${error.message}`);
  }
}

function attachImage(file) {
  if (!file) return;
  if (file.size > 1024 * 1024) {
    showError("图片太大了，请选1MB以内的图片。");
    return;
  }
  const reader = new FileReader();
  reader.onload = () => send([reader.result]);
  reader.readAsDataURL(file);
}

// ----- wiring -----

document.querySelectorAll(".tabs button").forEach((b) => b.addEventListener("click", () => showTab(b.dataset.tab)));
$("back").addEventListener("click", () => $("app").classList.remove("in-chat"));
$("policy-back").addEventListener("click", () => $("app").classList.remove("in-chat"));
$("policy-form").addEventListener("submit", savePolicy);
$("send").addEventListener("click", () => send());
$("text").addEventListener("keydown", (event) => {
  if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    send();
  }
});
$("mention").addEventListener("click", () => {
  const input = $("text");
  if (!input.value.startsWith("@幸福里助手")) input.value = `@幸福里助手 ${input.value}`;
  input.focus();
});
$("speaker").addEventListener("change", () => {
  state.speaker = state.members.find((p) => p.id === $("speaker").value) || null;
  const conversation = state.conversation;
  if (conversation) openConversation(conversation);
});
$("private-chat").addEventListener("click", () => state.speaker && openPrivate(state.speaker));
$("new-neighbour").addEventListener("click", addNeighbour);
$("image").addEventListener("change", (event) => attachImage(event.target.files[0]));
showTab("groups");
