// Everything handed back, from the views where a clerk looks for it: template, figures, result and evaluation
// workbooks, the notice to print and its .docx.
import { h, button, saveFile, base64ToBlob, status } from "./dom.js";
import { call, errorText } from "./api.js";
import { state, baseRequest } from "./data.js";
import { demoMode } from "./round-state.js";

async function fetchFile(path, body, name) {
  const response = await call(path, { body, raw: true });
  saveFile(await response.blob(), name);
  status(`已下载 ${name}`);
}

export const download = {
  template: () => fetchFile("/v1/workbooks/template", undefined, "指标填报模板.xlsx"),
  figures: () => state.evaluation
    ? fetchFile("/workbench/files/figures.xlsx?input=evaluation", state.evaluation, "指标数据.xlsx")
    : fetchFile("/workbench/files/figures.xlsx", state.request, "指标数据.xlsx"),
  async result() {
    const answer = await call("/v1/workbooks:writeResult", { body: { assessment: baseRequest() } });
    saveFile(base64ToBlob(answer.content, answer.contentType), "考核结果.xlsx");
    status("已下载 考核结果.xlsx");
  },
  evaluation: () => fetchFile("/workbench/files/evaluation.xlsx?input=evaluation", state.evaluation, "综合评定.xlsx"),
  noticeDocx: () => state.evaluation
    ? fetchFile("/workbench/files/notice.docx?input=evaluation", state.evaluation, "考核情况通报.docx")
    : fetchFile("/workbench/files/notice.docx", state.request, "考核情况通报.docx"),
};

/** The way to the notice view, which prints itself. */
const toNotice = () => h("a", { href: "#/notice", class: "button" }, "考核情况通报(打印)");

const guarded = f => async () => { try { await f(); } catch (e) { status(`下载失败:${errorText(e)}`); } };

/** The year's documents, as the server makes them from the round's approved evaluation (草稿 before approval). */
function roundDocuments(which) {
  const year = state.year;
  // A draft's file says so in its name, as the round view's downloads do.
  const mark = state.round?.approval ? "" : "(草稿)";
  const get = (path, name) => guarded(async () => {
    const response = await call(`/v1/rounds/${year}/documents/${path}`, { raw: true });
    saveFile(await response.blob(), name);
    status(`已下载 ${name}`);
  });
  const all = {
    template: button("下载空白填报模板", guarded(download.template)),
    result: button("下载考核结果工作簿", get("results.xlsx", `${year}年度考核结果${mark}.xlsx`)),
    evaluation: button("下载综合评定工作簿", get("evaluation.xlsx", `${year}年度综合评定${mark}.xlsx`)),
    notice: [toNotice(), button("下载通报(.docx)", get("notice.docx", `${year}年度考核情况通报${mark}.docx`))],
  };
  all.noticeDocx = all.notice[1];
  return h("div", { class: "downloads", role: "group", "aria-label": `下载${year}年度考核的文件` }, which.map(k => all[k]),
    state.round?.approval ? null : h("span", { class: "hint" }, "(尚未审定:文件每页标有“草稿”)"));
}

/**
 * The row of download buttons; `which` picks them (all by default; `noticeDocx` the notice's .docx alone, for the notice
 * view, which prints itself). In a round, the round's own documents.
 */
export function downloads(which = ["template", "figures", "result", "evaluation", "notice"]) {
  if (!demoMode()) return roundDocuments(which.filter(k => k !== "figures"));
  const all = {
    template: button("下载空白填报模板", guarded(download.template)),
    figures: button("下载当前指标工作簿", guarded(download.figures)),
    result: button("下载考核结果工作簿", guarded(download.result)),
    evaluation: state.evaluation ? button("下载综合评定工作簿", guarded(download.evaluation)) : null,
    notice: [toNotice(), button("下载通报(.docx)", guarded(download.noticeDocx))],
  };
  all.noticeDocx = all.notice[1];
  return h("div", { class: "downloads", role: "group", "aria-label": "下载" }, which.map(k => all[k]));
}
