<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="79"/>
        <source>Loading the question bank…</source>
        <translation>正在载入题库…</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="92"/>
        <source>The question bank is empty.</source>
        <translation>题库是空的。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="96"/>
        <source>Cannot open the question bank: {0}</source>
        <translation>无法打开题库：{0}</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="102"/>
        <source>IP Quiz</source>
        <translation>知识产权知识竞答</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="121"/>
        <source>No question matches the chosen topics.</source>
        <translation>所选主题下没有题目。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="154"/>
        <source>Answer not saved</source>
        <translation>答案未能保存</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="187"/>
        <source>Leave the quiz?</source>
        <translation>退出本次答题？</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="188"/>
        <source>Leave this quiz and go back to the start? The answers you gave are kept.</source>
        <translation>退出本次答题并回到开始页面？已作答的题目会保留。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="201"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="203"/>
        <source>{0} answers written to {1}</source>
        <translation>已将 {0} 条作答记录导出到 {1}</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="209"/>
        <source>Export results</source>
        <translation>导出成绩</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="209"/>
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
        <location filename="../../src/ipquiz/gui/screens/question.py" line="168"/>
        <source>Correct answer:</source>
        <translation>正确答案：</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/question.py" line="171"/>
        <source>Source: {0}</source>
        <translation>依据：{0}</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/question.py" line="189"/>
        <source>Leave quiz</source>
        <translation>退出答题</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/question.py" line="193"/>
        <source>Question {0} of {1}</source>
        <translation>第 {0} 题 / 共 {1} 题</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/question.py" line="198"/>
        <source>Choose one answer.</source>
        <translation>单选题：请选择一个答案。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/question.py" line="199"/>
        <source>Select all that apply.</source>
        <translation>多选题：请选出所有正确答案。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/question.py" line="200"/>
        <source>True or false?</source>
        <translation>判断题：这句话对吗？</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/question.py" line="204"/>
        <source>This question has no text in your language; it is shown in the other one.</source>
        <translation>本题暂无中文版本，以下显示英文原文。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/question.py" line="208"/>
        <source>See results  ▶</source>
        <translation>查看成绩  ▶</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/question.py" line="208"/>
        <source>Next  ▶</source>
        <translation>下一题  ▶</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/question.py" line="212"/>
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
        <location filename="../../src/ipquiz/gui/screens/start.py" line="147"/>
        <source>Choose at least one topic.</source>
        <translation>请至少选择一个主题。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/start.py" line="152"/>
        <source>IP Quiz</source>
        <translation>知识产权知识竞答</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/start.py" line="155"/>
        <source>Test what you know about patents, trademarks, copyright and more. Respect knowledge, advocate innovation, be honest and abide by the law.</source>
        <translation>专利、商标、著作权……你了解多少？尊重知识、崇尚创新、诚信守法。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/start.py" line="159"/>
        <source>Your name (optional)</source>
        <translation>你的名字（可不填）</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/start.py" line="160"/>
        <source>Name shown on your results</source>
        <translation>显示在成绩上的名字</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/start.py" line="161"/>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/start.py" line="162"/>
        <source>Number of questions</source>
        <translation>题目数量</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/start.py" line="163"/>
        <source>Start  ▶</source>
        <translation>开始  ▶</translation>
    </message>
</context>
</TS>
