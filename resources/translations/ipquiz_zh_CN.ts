<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/result_screen.py" line="38"/>
        <source>KioskResult</source>
        <comment>Type a name first.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/result_screen.py" line="39"/>
        <source>KioskResult</source>
        <comment>That name is too long.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/result_screen.py" line="40"/>
        <source>KioskResult</source>
        <comment>Please choose a friendlier name.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/result_screen.py" line="42"/>
        <source>KioskResult</source>
        <comment>No phone numbers or e-mail addresses, please: just a nickname.</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminPanel</name>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="150"/>
        <source>{0}. {1}  (missed {2} of {3})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="153"/>
        <source>Nothing missed yet today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="164"/>
        <source>Settings saved and applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="168"/>
        <source>Export results to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="182"/>
        <source>Export failed: {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="185"/>
        <source>{0} answers written to {1}</source>
        <translation>已将 {0} 条作答记录导出到 {1}</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="197"/>
        <source>Board reset: {0} names removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="211"/>
        <source>Kiosk admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="212"/>
        <source>Back to the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="213"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="215"/>
        <source>visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="216"/>
        <source>rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="217"/>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="218"/>
        <source>mean score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="222"/>
        <source>Most missed questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="223"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="224"/>
        <source>Save and apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="225"/>
        <source>Results and board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="226"/>
        <source>Export results (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="228"/>
        <source>Tap again to reset the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="230"/>
        <source>Reset today&apos;s board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="232"/>
        <source>Change PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="233"/>
        <source>Leave kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="234"/>
        <source>Quit ipquiz</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/attract.py" line="208"/>
        <source>Intellectual Property Quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/attract.py" line="210"/>
        <source>{0} questions, {1} seconds each. How much do you know?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/attract.py" line="215"/>
        <source>Tap to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/attract.py" line="215"/>
        <source>Getting ready…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/attract.py" line="217"/>
        <source>Did you know?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/attract.py" line="218"/>
        <source>Today&apos;s top 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/attract.py" line="219"/>
        <source>No names yet today. Be the first!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BankDialog</name>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="68"/>
        <source>All topics</source>
        <extracomment>How many skipped items the report lists before summarising the rest.</extracomment>
        <translation>全部主题</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="112"/>
        <source>Import / export questions</source>
        <translation>导入 / 导出题目</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="113"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="116"/>
        <source>Add questions from a file: ipquiz YAML, CSV or Excel (see the template), Moodle GIFT, Moodle XML or Aiken. A file with any error imports nothing.</source>
        <translation>从文件添加题目：ipquiz YAML、CSV 或 Excel（见模板）、Moodle GIFT、Moodle XML 或 Aiken。文件中只要有错误，就不会导入任何题目。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="120"/>
        <source>Choose a file to import…</source>
        <translation>选择要导入的文件…</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="121"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="122"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="122"/>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="122"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="127"/>
        <source>Export to a file…</source>
        <translation>导出到文件…</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="128"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="134"/>
        <source>Import questions</source>
        <translation>导入题目</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="137"/>
        <source>Question files (*.yaml *.yml *.csv *.txt *.xlsx *.gift *.xml *.aiken);;All files (*)</source>
        <translation>题目文件 (*.yaml *.yml *.csv *.txt *.xlsx *.gift *.xml *.aiken);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="144"/>
        <source>Export questions</source>
        <translation>导出题目</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="162"/>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="185"/>
        <source>{0} questions imported from {1}.</source>
        <translation>已从 {1} 导入 {0} 道题目。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="191"/>
        <source>{0} left out (types ipquiz does not use):</source>
        <translation>{0} 道未导入（ipquiz 不支持的题型）：</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="218"/>
        <source>{0} questions written to {1}.</source>
        <translation>已将 {0} 道题目写入 {1}。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="220"/>
        <source>{0} left out: this format cannot hold them.</source>
        <translation>另有 {0} 道题未导出：该格式无法保存这类题目。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="231"/>
        <source>Nothing was imported. Problems found:</source>
        <translation>未导入任何题目。发现以下问题：</translation>
    </message>
</context>
<context>
    <name>ExamBar</name>
    <message>
        <location filename="../../src/ipquiz/gui/screens/exam_bar.py" line="69"/>
        <source>Time left {0}:{1:02d}</source>
        <extracomment>Question buttons per row before wrapping.</extracomment>
        <translation>剩余时间 {0}:{1:02d}</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/exam_bar.py" line="72"/>
        <source>Submit</source>
        <translation>交卷</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/exam_bar.py" line="73"/>
        <source>Previous question</source>
        <translation>上一题</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/exam_bar.py" line="74"/>
        <source>Next question</source>
        <translation>下一题</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/window.py" line="145"/>
        <source>Cannot open the question bank: {0}</source>
        <translation>无法打开题库：{0}</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/window.py" line="256"/>
        <source>The new PIN is set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="111"/>
        <source>Loading the question bank…</source>
        <extracomment>Start loading this long after `load_after_first_paint` even if no paint came (minimised).</extracomment>
        <translation>正在载入题库…</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="145"/>
        <source>The question bank is empty.</source>
        <translation>题库是空的。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="157"/>
        <source>Resume your quiz?</source>
        <translation>继续上次的答题？</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="159"/>
        <source>A quiz was interrupted with {0} of {1} questions answered. Carry on where it stopped? (No: it is closed as it is.)</source>
        <translation>上次答题中断了，已答 {0} 题，共 {1} 题。要从中断处继续吗？（选“否”则按现状结束。）</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="167"/>
        <source>Cannot open the question bank: {0}</source>
        <translation>无法打开题库：{0}</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="191"/>
        <source>IP Quiz</source>
        <translation>知识产权知识竞答</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="212"/>
        <source>No question matches the chosen topics.</source>
        <translation>所选主题下没有题目。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="242"/>
        <source>Save as a quiz set</source>
        <translation>保存为题组</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="243"/>
        <source>Name of the set (e.g. Class 7 · Patents test):</source>
        <translation>题组名称（如：七年级·专利测验）：</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="294"/>
        <source>Answer not saved</source>
        <translation>答案未能保存</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="323"/>
        <source>Submit the exam?</source>
        <translation>确定交卷？</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="325"/>
        <source>{0} questions are not answered yet; they will count as wrong. Submit anyway?</source>
        <translation>还有 {0} 道题未作答，交卷后按答错计。仍要交卷吗？</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="334"/>
        <source>Time is up: the exam was submitted.</source>
        <translation>时间到，已自动交卷。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="371"/>
        <source>Leave the quiz?</source>
        <translation>退出本次答题？</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="372"/>
        <source>Leave this quiz and go back to the start? The answers you gave are kept.</source>
        <translation>退出本次答题并回到开始页面？已作答的题目会保留。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="387"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="389"/>
        <source>{0} answers written to {1}</source>
        <translation>已将 {0} 条作答记录导出到 {1}</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="395"/>
        <source>Export results</source>
        <translation>导出成绩</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="395"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/pin_pad.py" line="118"/>
        <source>Wrong PIN. Tries left before the pad locks: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/pin_pad.py" line="123"/>
        <source>A PIN has 4 to 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/pin_pad.py" line="133"/>
        <source>The two PINs differ. Please start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/pin_pad.py" line="144"/>
        <source>Too many wrong PINs. Try again in {0}:{1:02d}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/pin_pad.py" line="148"/>
        <source>You can try again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/pin_pad.py" line="166"/>
        <source>Operator PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/pin_pad.py" line="167"/>
        <source>Choose an operator PIN (4 to 8 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/pin_pad.py" line="168"/>
        <source>Type the new PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/pin_pad.py" line="171"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionScreen</name>
    <message>
        <location filename="../../src/ipquiz/gui/screens/question.py" line="203"/>
        <source>✔ Correct!</source>
        <translation>✔ 回答正确！</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/question.py" line="203"/>
        <source>✘ Not quite</source>
        <translation>✘ 回答错误</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/question.py" line="199"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/question.py" line="204"/>
        <source>Correct answer: {0}</source>
        <translation>正确答案：{0}</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/question.py" line="207"/>
        <source>Source: {0}</source>
        <translation>依据：{0}</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/question.py" line="229"/>
        <source>Leave quiz</source>
        <translation>退出答题</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/question.py" line="233"/>
        <source>Question {0} of {1}</source>
        <translation>第 {0} 题 / 共 {1} 题</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/question.py" line="238"/>
        <source>Choose one answer.</source>
        <translation>单选题：请选择一个答案。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/question.py" line="239"/>
        <source>Select all that apply.</source>
        <translation>多选题：请选出所有正确答案。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/question.py" line="240"/>
        <source>True or false?</source>
        <translation>判断题：这句话对吗？</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/question.py" line="244"/>
        <source>This question has no text in your language; it is shown in the other one.</source>
        <translation>本题暂无中文版本，以下显示英文原文。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/question.py" line="248"/>
        <source>See results  ▶</source>
        <translation>查看成绩  ▶</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/question.py" line="248"/>
        <source>Next  ▶</source>
        <translation>下一题  ▶</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/question.py" line="252"/>
        <source>Confirm</source>
        <translation>确定</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <location filename="../../src/ipquiz/gui/screens/result.py" line="125"/>
        <source>{0}% — well done, you passed!</source>
        <translation>得分率 {0}%——恭喜，你通过了！</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/result.py" line="127"/>
        <source>{0}% — keep practising: read the explanations and try again.</source>
        <translation>得分率 {0}%——继续加油：看看解析，再来一次。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/result.py" line="173"/>
        <source>Your result</source>
        <translation>你的成绩</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/result.py" line="174"/>
        <source>By topic</source>
        <translation>分主题成绩</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/result.py" line="175"/>
        <source>Your answers</source>
        <translation>你的作答</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/result.py" line="177"/>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/result.py" line="177"/>
        <source>Correct</source>
        <translation>答对</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/result.py" line="177"/>
        <source>Score</source>
        <translation>得分率</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/result.py" line="180"/>
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/result.py" line="180"/>
        <source>Your answer</source>
        <translation>你的答案</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/result.py" line="180"/>
        <source>Correct answer</source>
        <translation>正确答案</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/result.py" line="182"/>
        <source>Export results…</source>
        <translation>导出成绩…</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/result.py" line="183"/>
        <source>New quiz</source>
        <translation>再来一轮</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/result_screen.py" line="137"/>
        <source>{0} of {1} answers right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/result_screen.py" line="140"/>
        <source>Rank today: {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/result_screen.py" line="260"/>
        <source>Your score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/result_screen.py" line="261"/>
        <source>Worth remembering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/result_screen.py" line="263"/>
        <source>You&apos;re on today&apos;s board as {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/result_screen.py" line="265"/>
        <source>Type a nickname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/result_screen.py" line="267"/>
        <source>Put a nickname on today&apos;s board:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/result_screen.py" line="269"/>
        <source>Other names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/result_screen.py" line="271"/>
        <source>Suggested names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/result_screen.py" line="270"/>
        <source>Type my own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/result_screen.py" line="272"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/result_screen.py" line="273"/>
        <source>Play again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/result_screen.py" line="274"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundScreen</name>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/round_screen.py" line="220"/>
        <source>Correct! +{0} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/round_screen.py" line="222"/>
        <source>Time&apos;s up!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/round_screen.py" line="224"/>
        <source>Not quite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/round_screen.py" line="231"/>
        <source>Answer: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/round_screen.py" line="267"/>
        <source>Score: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/round_screen.py" line="282"/>
        <source>See my score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/round_screen.py" line="282"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/round_screen.py" line="308"/>
        <source>Question {0} of {1}</source>
        <translation>第 {0} 题 / 共 {1} 题</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/round_screen.py" line="312"/>
        <source>Tap the right answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/round_screen.py" line="313"/>
        <source>Tap every right answer, then Confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/round_screen.py" line="314"/>
        <source>True or false?</source>
        <translation>判断题：这句话对吗？</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/round_screen.py" line="318"/>
        <source>Confirm</source>
        <translation>确定</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="227"/>
        <source>Choose a logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="229"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="239"/>
        <source>Not an image: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="250"/>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="297"/>
        <source>The ipquiz icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="255"/>
        <source>Event title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="257"/>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="258"/>
        <source>Languages offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="259"/>
        <source>Questions per round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="260"/>
        <source>Seconds per question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="261"/>
        <source>Countdown shown as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="262"/>
        <source>Feedback shown for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="263"/>
        <source>Back to start after idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="264"/>
        <source>Topics (none chosen: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="265"/>
        <source>Scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="266"/>
        <source>Leaderboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="267"/>
        <source>Daily board reset at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="268"/>
        <source>Touch screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="273"/>
        <source>Ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="274"/>
        <source>Bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="275"/>
        <source>Right answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="276"/>
        <source>Partial credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="277"/>
        <source>Weighted by difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="278"/>
        <source>Speed and streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="284"/>
        <source>Intellectual Property Quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="285"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="286"/>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="288"/>
        <source>Show today&apos;s top 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="288"/>
        <source>No board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="289"/>
        <source>Touch: hide the pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="289"/>
        <source>Mouse: show the pointer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../src/ipquiz/gui/screens/start.py" line="207"/>
        <source>Choose at least one topic.</source>
        <translation>请至少选择一个主题。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/start.py" line="212"/>
        <source>IP Quiz</source>
        <translation>知识产权知识竞答</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/start.py" line="215"/>
        <source>Test what you know about patents, trademarks, copyright and more. Respect knowledge, advocate innovation, be honest and abide by the law.</source>
        <translation>专利、商标、著作权……你了解多少？尊重知识、崇尚创新、诚信守法。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/start.py" line="219"/>
        <source>Your name (optional)</source>
        <translation>你的名字（可不填）</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/start.py" line="220"/>
        <source>Name shown on your results</source>
        <translation>显示在成绩上的名字</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/start.py" line="221"/>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/start.py" line="222"/>
        <source>Number of questions</source>
        <translation>题目数量</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/start.py" line="223"/>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/start.py" line="224"/>
        <source>Practice</source>
        <translation>练习</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/start.py" line="225"/>
        <source>Explanations after each answer</source>
        <translation>每答一题就看解析</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/start.py" line="226"/>
        <source>Exam</source>
        <translation>考试</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/start.py" line="228"/>
        <source>Change answers until you submit; results at the end</source>
        <translation>交卷前可修改答案，交卷后看成绩</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/start.py" line="230"/>
        <source>No limit</source>
        <translation>不限时</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/start.py" line="232"/>
        <source>{0} min</source>
        <translation>{0} 分钟</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/start.py" line="234"/>
        <source>Start  ▶</source>
        <translation>开始  ▶</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/start.py" line="235"/>
        <source>Import / export questions…</source>
        <translation>导入 / 导出题目…</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/start.py" line="236"/>
        <source>Save as a quiz set…</source>
        <translation>保存为题组…</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/start.py" line="238"/>
        <location filename="../../src/ipquiz/gui/screens/start.py" line="269"/>
        <source>Saved quiz sets…</source>
        <translation>已保存的题组…</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/still_there.py" line="44"/>
        <source>Still there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/still_there.py" line="45"/>
        <source>Going back to the start in {0} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/still_there.py" line="46"/>
        <source>I&apos;m still here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
