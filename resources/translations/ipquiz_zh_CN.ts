<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="228"/>
        <source>Nothing was imported. Problems found:</source>
        <translation>未导入任何题目。发现以下问题：</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="84"/>
        <source>Loading the question bank…</source>
        <translation>正在载入题库…</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="97"/>
        <source>The question bank is empty.</source>
        <translation>题库是空的。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="101"/>
        <source>Cannot open the question bank: {0}</source>
        <translation>无法打开题库：{0}</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="125"/>
        <source>IP Quiz</source>
        <translation>知识产权知识竞答</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="144"/>
        <source>No question matches the chosen topics.</source>
        <translation>所选主题下没有题目。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="177"/>
        <source>Answer not saved</source>
        <translation>答案未能保存</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="210"/>
        <source>Leave the quiz?</source>
        <translation>退出本次答题？</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="211"/>
        <source>Leave this quiz and go back to the start? The answers you gave are kept.</source>
        <translation>退出本次答题并回到开始页面？已作答的题目会保留。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="224"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="226"/>
        <source>{0} answers written to {1}</source>
        <translation>已将 {0} 条作答记录导出到 {1}</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="232"/>
        <source>Export results</source>
        <translation>导出成绩</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="232"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>QuestionScreen</name>
    <message>
        <location filename="../../src/ipquiz/gui/screens/question.py" line="167"/>
        <source>✔ Correct!</source>
        <translation>✔ 回答正确！</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/question.py" line="167"/>
        <source>✘ Not quite</source>
        <translation>✘ 回答错误</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/question.py" line="169"/>
        <source>Correct answer:</source>
        <translation>正确答案：</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/question.py" line="173"/>
        <source>Source: {0}</source>
        <translation>依据：{0}</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/question.py" line="191"/>
        <source>Leave quiz</source>
        <translation>退出答题</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/question.py" line="195"/>
        <source>Question {0} of {1}</source>
        <translation>第 {0} 题 / 共 {1} 题</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/question.py" line="200"/>
        <source>Choose one answer.</source>
        <translation>单选题：请选择一个答案。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/question.py" line="201"/>
        <source>Select all that apply.</source>
        <translation>多选题：请选出所有正确答案。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/question.py" line="202"/>
        <source>True or false?</source>
        <translation>判断题：这句话对吗？</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/question.py" line="206"/>
        <source>This question has no text in your language; it is shown in the other one.</source>
        <translation>本题暂无中文版本，以下显示英文原文。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/question.py" line="210"/>
        <source>See results  ▶</source>
        <translation>查看成绩  ▶</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/question.py" line="210"/>
        <source>Next  ▶</source>
        <translation>下一题  ▶</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/question.py" line="214"/>
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
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../src/ipquiz/gui/screens/start.py" line="153"/>
        <source>Choose at least one topic.</source>
        <translation>请至少选择一个主题。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/start.py" line="158"/>
        <source>IP Quiz</source>
        <translation>知识产权知识竞答</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/start.py" line="161"/>
        <source>Test what you know about patents, trademarks, copyright and more. Respect knowledge, advocate innovation, be honest and abide by the law.</source>
        <translation>专利、商标、著作权……你了解多少？尊重知识、崇尚创新、诚信守法。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/start.py" line="165"/>
        <source>Your name (optional)</source>
        <translation>你的名字（可不填）</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/start.py" line="166"/>
        <source>Name shown on your results</source>
        <translation>显示在成绩上的名字</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/start.py" line="167"/>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/start.py" line="168"/>
        <source>Number of questions</source>
        <translation>题目数量</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/start.py" line="169"/>
        <source>Start  ▶</source>
        <translation>开始  ▶</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/start.py" line="170"/>
        <source>Import / export questions…</source>
        <translation>导入 / 导出题目…</translation>
    </message>
</context>
</TS>
