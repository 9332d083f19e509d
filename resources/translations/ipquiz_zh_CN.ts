<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccessDialog</name>
    <message>
        <location filename="../../src/ipquiz/gui/access_dialog.py" line="17"/>
        <location filename="../../src/ipquiz/gui/access_dialog.py" line="18"/>
        <source>Accessibility</source>
        <translation>无障碍</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/access_dialog.py" line="23"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/access_dialog.py" line="24"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>AccessFlow</name>
    <message>
        <location filename="../../src/ipquiz/gui/access_flow.py" line="73"/>
        <source>For {0}: kept with the profile</source>
        <translation>{0}的设置，随档案保存</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/access_flow.py" line="75"/>
        <source>For everyone playing as a guest on this computer</source>
        <translation>本机所有以访客身份答题的人</translation>
    </message>
</context>
<context>
    <name>AccessForm</name>
    <message>
        <location filename="../../src/ipquiz/gui/access_form.py" line="82"/>
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/access_form.py" line="83"/>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/access_form.py" line="84"/>
        <source>No time limits</source>
        <translation>不限时</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/access_form.py" line="85"/>
        <source>Reduced motion</source>
        <translation>减少动效</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/access_form.py" line="86"/>
        <source>Every text on screen, larger</source>
        <translation>屏幕上所有文字放大</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/access_form.py" line="87"/>
        <source>Darker text and firmer edges</source>
        <translation>文字更深，边框更清晰</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/access_form.py" line="89"/>
        <source>No countdown: take as long as you need for each question</source>
        <translation>不倒计时：每题想多久都可以</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/access_form.py" line="92"/>
        <source>Exams get more time, {0} (30 min become {1}); kiosk rounds have no countdown</source>
        <translation>考试时间延长为{0}（30 分钟变为 {1} 分钟）；展台答题不倒计时</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/access_form.py" line="95"/>
        <source>Nothing slides, counts up or flashes</source>
        <translation>不滑动、不滚动计数、不闪烁</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/access_form.py" line="97"/>
        <location filename="../../src/ipquiz/gui/access_form.py" line="99"/>
        <source>Off</source>
        <translation>关</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/access_form.py" line="98"/>
        <location filename="../../src/ipquiz/gui/access_form.py" line="100"/>
        <source>On</source>
        <translation>开</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/access_form.py" line="102"/>
        <source>Text size {0} %</source>
        <translation>文字大小 {0}%</translation>
    </message>
</context>
<context>
    <name>AccessScreen</name>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/access_screen.py" line="62"/>
        <source>Accessibility</source>
        <translation>无障碍</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/access_screen.py" line="64"/>
        <source>For your visit: the kiosk goes back to normal for the next one.</source>
        <translation>只在你这次答题时有效：下一位访客开始时恢复原样。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/access_screen.py" line="66"/>
        <source>Done  ▶</source>
        <translation>完成  ▶</translation>
    </message>
</context>
<context>
    <name>AdminPanel</name>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="250"/>
        <source>{0}. {1}  (missed {2} of {3})</source>
        <translation>{0}. {1}（{3} 次中答错 {2} 次）</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="253"/>
        <source>Nothing missed yet today.</source>
        <translation>今天还没有答错的题目。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="276"/>
        <source>Settings saved and applied.</source>
        <translation>设置已保存并生效。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="356"/>
        <source>Export results to…</source>
        <translation>导出成绩到…</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="422"/>
        <source>Export failed: {0}: {1}</source>
        <translation>导出失败：{0}：{1}</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="407"/>
        <source>{0} answers written to {1}</source>
        <translation>已将 {0} 条作答记录导出到 {1}</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="258"/>
        <source>{0}: {1} visitors, {2} rounds, {3} finished, mean score {4}</source>
        <translation>{0}：{1} 位访客，{2} 轮，完成 {3} 轮，平均分 {4}</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="227"/>
        <source>No rounds yet today.</source>
        <translation>今天还没有人答题。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="233"/>
        <source>The whole event since {0}, the whole stand</source>
        <translation>{0}以来的整个活动 · 整个展位</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="237"/>
        <source>{0} visitors, {1} rounds, {2} finished, mean score {3}</source>
        <translation>{0} 位访客，{1} 轮，完成 {2} 轮，平均分 {3}</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="244"/>
        <source>By station:</source>
        <translation>各展台：</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="246"/>
        <source>No rounds yet in this event.</source>
        <translation>本次活动还没有人答题。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="300"/>
        <source>Save the changed settings?</source>
        <translation>保存更改过的设置吗？</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="302"/>
        <source>Some settings were changed here but not saved: the kiosk still runs with the old ones.</source>
        <translation>这里有设置已更改但尚未保存：展台仍按原来的设置运行。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="305"/>
        <source>Leave them unsaved</source>
        <translation>不保存，直接离开</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="333"/>
        <source>This station is now called {0}.</source>
        <translation>本展台现在的名称是 {0}。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="338"/>
        <source>A station&apos;s name has 1 to {0} letters, digits or spaces.</source>
        <translation>站名须为 1 到 {0} 个字母、数字或空格。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="350"/>
        <source>The name was not changed: cannot write {0}: {1}</source>
        <translation>名称未更改：无法写入 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="409"/>
        <source>Done: the drive {0} can be removed.</source>
        <translation>完成：可以拔出 {0} 了。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="433"/>
        <source>Board reset: {0} names removed.</source>
        <translation>排行榜已重置：移除了 {0} 个昵称。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="440"/>
        <source>Reset today&apos;s board?</source>
        <translation>重置今日排行榜？</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="442"/>
        <source>Every name on today&apos;s board is removed. The answers stay and can still be exported.</source>
        <translation>今日排行榜上的昵称将全部移除。答题记录仍会保留，可以照常导出。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="445"/>
        <source>Reset the board</source>
        <translation>重置排行榜</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="446"/>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="467"/>
        <source>Kiosk admin</source>
        <translation>展台管理</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="468"/>
        <source>Back to the kiosk</source>
        <translation>返回展台</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="469"/>
        <source>Today, the whole stand</source>
        <translation>今天 · 整个展位</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="471"/>
        <source>visitors</source>
        <translation>访客</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="472"/>
        <source>rounds</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="473"/>
        <source>finished</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="474"/>
        <source>mean score</source>
        <translation>平均得分</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="478"/>
        <source>Most missed questions</source>
        <translation>答错最多的题目</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="480"/>
        <source>By station (this one: {0})</source>
        <translation>各展台（本机：{0}）</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="481"/>
        <source>This station</source>
        <translation>本展台</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="482"/>
        <source>Station name</source>
        <translation>站点名称</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="483"/>
        <source>Rename</source>
        <translation>改名</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="485"/>
        <source>Set by --station or IPQUIZ_STATION when ipquiz was started: change it there.</source>
        <translation>由启动 ipquiz 时的 --station 或 IPQUIZ_STATION 指定，请在那里修改。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="488"/>
        <source>This machine&apos;s own name among the stations sharing the database, kept on this machine. New rounds carry it; earlier rounds keep the name they had.</source>
        <translation>本机在共用同一数据库的各展台中的名称，只保存在本机。新的答题轮次使用这个名称，之前的轮次保留原来的名称。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="492"/>
        <source>Settings (the whole stand)</source>
        <translation>设置（整个展位）</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="304"/>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="494"/>
        <source>Save and apply</source>
        <translation>保存并应用</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="493"/>
        <source>Accessibility, for every visitor</source>
        <translation>无障碍（对所有访客）</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="495"/>
        <source>Results and board</source>
        <translation>成绩与排行榜</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="497"/>
        <source>Reset today&apos;s board</source>
        <translation>重置今日排行榜</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="498"/>
        <source>Change PIN</source>
        <translation>修改 PIN 码</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="499"/>
        <source>Leave kiosk mode</source>
        <translation>退出展台模式</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin.py" line="500"/>
        <source>Quit ipquiz</source>
        <translation>退出 ipquiz</translation>
    </message>
</context>
<context>
    <name>ArticleDialog</name>
    <message>
        <location filename="../../src/ipquiz/gui/article_dialog.py" line="123"/>
        <source>The law cited</source>
        <translation>所引法律条文</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/article_dialog.py" line="135"/>
        <source>Art. {0}</source>
        <translation>第{0}条</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/article_dialog.py" line="143"/>
        <source>The app does not hold this text. Official source: {0}</source>
        <translation>本应用未收录该条文。官方来源：{0}</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/article_dialog.py" line="151"/>
        <source>No official English translation is held; the text is the Chinese one.</source>
        <translation>本应用未收录官方英文译本；以上为中文条文。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/article_dialog.py" line="157"/>
        <source>In short</source>
        <translation>简要说明</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/article_dialog.py" line="162"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/attract.py" line="216"/>
        <location filename="../../src/ipquiz/gui/kiosk/attract.py" line="335"/>
        <source>Source: {0}</source>
        <translation>来源：{0}</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/attract.py" line="312"/>
        <source>Intellectual Property Quiz</source>
        <translation>知识产权知识竞答</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/attract.py" line="316"/>
        <source>{0} questions, no time limit. How much do you know?</source>
        <translation>共 {0} 题，不限时。你了解多少？</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/attract.py" line="322"/>
        <source>{0} questions, {1} seconds each. How much do you know?</source>
        <translation>共 {0} 题，每题 {1} 秒。你了解多少？</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/attract.py" line="326"/>
        <source>Accessibility</source>
        <translation>无障碍</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/attract.py" line="328"/>
        <source>Accessibility: larger text, high contrast, no time limits, less motion</source>
        <translation>无障碍：放大文字、高对比度、不限时、减少动效</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/attract.py" line="331"/>
        <source>Tap to start</source>
        <translation>点击开始</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/attract.py" line="331"/>
        <source>Getting ready…</source>
        <translation>正在准备…</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/attract.py" line="333"/>
        <source>Did you know?</source>
        <translation>你知道吗？</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/attract.py" line="337"/>
        <source>Top 10 since {0}</source>
        <translation>{0}以来前十名</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/attract.py" line="338"/>
        <source>No names on the event&apos;s board yet. Be the first!</source>
        <translation>本次活动的排行榜还没有人上榜，快来争第一！</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/attract.py" line="340"/>
        <source>Today&apos;s top 10</source>
        <translation>今日前十名</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/attract.py" line="341"/>
        <source>No names yet today. Be the first!</source>
        <translation>今天还没有人上榜，快来争第一！</translation>
    </message>
</context>
<context>
    <name>BankBrowser</name>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_browser.py" line="53"/>
        <source>Choose questions from the bank</source>
        <extracomment>Typing waits this long before searching, so a word is one search, not one per letter.</extracomment>
        <translation>从题库选题</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_browser.py" line="65"/>
        <source>Search the questions (either language) or an id</source>
        <translation>搜索题目（中英文均可）或题号</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_browser.py" line="67"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_browser.py" line="68"/>
        <source>All topics</source>
        <translation>全部主题</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_browser.py" line="68"/>
        <location filename="../../src/ipquiz/gui/screens/bank_browser.py" line="88"/>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_browser.py" line="71"/>
        <source>Any difficulty</source>
        <translation>任意难度</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_browser.py" line="71"/>
        <source>Difficulty</source>
        <translation>难度</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_browser.py" line="74"/>
        <source>Any tag</source>
        <translation>任意标签</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_browser.py" line="74"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_browser.py" line="75"/>
        <source>Any law</source>
        <translation>任意法律</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_browser.py" line="75"/>
        <source>Law</source>
        <translation>法律</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_browser.py" line="88"/>
        <source>Level</source>
        <translation>难度</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_browser.py" line="88"/>
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_browser.py" line="88"/>
        <source>Source</source>
        <translation>出处</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_browser.py" line="106"/>
        <source>Questions found</source>
        <translation>找到的题目</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_browser.py" line="111"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_browser.py" line="141"/>
        <source>Easy</source>
        <translation>容易</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_browser.py" line="141"/>
        <source>Medium</source>
        <translation>中等</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_browser.py" line="141"/>
        <source>Hard</source>
        <translation>困难</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_browser.py" line="152"/>
        <source>No statute (an official page)</source>
        <translation>无法律条文（以官方网页为出处）</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_browser.py" line="176"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_browser.py" line="210"/>
        <source>{0} questions found</source>
        <translation>找到 {0} 题</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_browser.py" line="212"/>
        <source>{0} questions found; the first {1} are shown: narrow the search</source>
        <translation>找到 {0} 题，仅显示前 {1} 题：请缩小搜索范围</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_browser.py" line="225"/>
        <source>in the set</source>
        <translation>已在题集中</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_browser.py" line="253"/>
        <source>Add {0} questions</source>
        <translation>加入 {0} 题</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_browser.py" line="256"/>
        <source>{0} ticked</source>
        <translation>已勾选 {0} 题</translation>
    </message>
</context>
<context>
    <name>BankDialog</name>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="86"/>
        <source>All topics</source>
        <extracomment>Folder exports: ipquiz YAML holds one category per file.</extracomment>
        <translation>全部主题</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="150"/>
        <source>Import / export questions</source>
        <translation>导入 / 导出题目</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="151"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="159"/>
        <source>Choose a file to import…</source>
        <translation>选择要导入的文件…</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="160"/>
        <source>Questions already in the bank:</source>
        <translation>题库中已有的题目：</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="161"/>
        <source>Questions already in the bank</source>
        <translation>题库中已有的题目</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="163"/>
        <source>What an import does with a question the bank already holds</source>
        <translation>导入时遇到题库中已有的题目如何处理</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="166"/>
        <source>Keep the bank&apos;s version</source>
        <translation>保留题库中的版本</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="167"/>
        <source>Replace them (never with a poorer copy)</source>
        <translation>替换（内容更少的版本不会替换）</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="168"/>
        <source>Import them as new copies</source>
        <translation>作为新副本导入</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="173"/>
        <source>ipquiz YAML, one file per topic (.zip)</source>
        <translation>ipquiz YAML，每个主题一个文件（.zip）</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="177"/>
        <source>Show details (file and line of each message)</source>
        <translation>显示详情（每条信息所在的文件和行）</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="178"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="179"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="179"/>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="179"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="181"/>
        <source>The file format the questions are written in</source>
        <translation>写出题目所用的文件格式</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="182"/>
        <source>Every topic, or the one to export</source>
        <translation>全部主题，或要导出的一个主题</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="183"/>
        <source>The language of the exported question texts</source>
        <translation>导出题目文字所用的语言</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="190"/>
        <source>Export: {0}</source>
        <translation>导出：{0}</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="192"/>
        <source>Progress of the import or export</source>
        <translation>导入或导出的进度</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="193"/>
        <source>Details: the file and line of each message</source>
        <translation>详情：每条信息所在的文件和行</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="194"/>
        <source>Export to a file…</source>
        <translation>导出到文件…</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="195"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="201"/>
        <source>Import questions</source>
        <translation>导入题目</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="204"/>
        <source>Question files (*.yaml *.yml *.zip *.csv *.txt *.xlsx *.gift *.xml *.aiken);;All files (*)</source>
        <translation>题目文件 (*.yaml *.yml *.zip *.csv *.txt *.xlsx *.gift *.xml *.aiken);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="270"/>
        <source>{0} were already in the bank and were kept as they are.</source>
        <translation>{0} 道题题库中已有，保持原样。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="275"/>
        <source>{0} replaced the bank&apos;s version.</source>
        <translation>{0} 道题替换了题库中的版本。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="278"/>
        <source>{0} were already in the bank: imported as new copies.</source>
        <translation>{0} 道题题库中已有，已作为新副本导入。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="285"/>
        <source>{0} left out: ipquiz does not use their question type.</source>
        <translation>{0} 道题未导入：ipquiz 不使用这些题型。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="313"/>
        <source>{0} questions written to the folder {1}, one file per topic.</source>
        <translation>已将 {0} 道题写入文件夹 {1}，每个主题一个文件。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="323"/>
        <source>{0} written without their picture: this format cannot hold pictures (ipquiz YAML keeps them).</source>
        <translation>{0} 道题的图片未能写出：此格式无法保存图片（ipquiz YAML 可以保存）。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="338"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="340"/>
        <source>Nothing was imported: {0} questions would replace the bank&apos;s version and lose {1}. Keep the bank&apos;s version or import them as new copies.</source>
        <translation>未导入任何题目：有 {0} 道题会替换题库中的版本，并因此丢失{1}。请选择保留题库中的版本，或作为新副本导入。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="345"/>
        <source>Nothing was imported: the file has no question that ipquiz can use (single choice, multiple choice or true/false).</source>
        <translation>未导入任何题目：文件中没有 ipquiz 能用的题目（单选、多选或判断题）。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="350"/>
        <source>Nothing was imported: the file has {0} problems. The details say where.</source>
        <translation>未导入任何题目：文件中有 {0} 处问题，详情中列出了位置。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="353"/>
        <source>Nothing was imported: ipquiz cannot tell the file&apos;s format.</source>
        <translation>未导入任何题目：ipquiz 无法判断文件的格式。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="356"/>
        <source>It did not work: {0}</source>
        <translation>操作未完成：{0}</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="361"/>
        <source>a language</source>
        <translation>一种语言</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="362"/>
        <source>the source</source>
        <translation>出处</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="363"/>
        <source>the explanation</source>
        <translation>解析</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="364"/>
        <source>the answer feedback</source>
        <translation>选项反馈</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="365"/>
        <source>the source link</source>
        <translation>出处链接</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="366"/>
        <source>the law citation</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="212"/>
        <source>Export questions</source>
        <translation>导出题目</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="154"/>
        <source>Add questions from a file: ipquiz YAML (or a .zip of them), CSV or Excel (see the template), Moodle GIFT, Moodle XML or Aiken (.txt). A file with any error imports nothing.</source>
        <translation>从文件添加题目：ipquiz YAML（或打包的 .zip）、CSV 或 Excel（见模板）、Moodle GIFT、Moodle XML 或 Aiken（.txt）。文件有任何错误都不会导入。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="251"/>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="266"/>
        <source>{0} questions imported from {1}.</source>
        <translation>已从 {1} 导入 {0} 道题目。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="315"/>
        <source>{0} questions written to {1}.</source>
        <translation>已将 {0} 道题目写入 {1}。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/bank_dialog.py" line="318"/>
        <source>{0} left out: this format cannot hold them.</source>
        <translation>另有 {0} 道题未导出：该格式无法保存这类题目。</translation>
    </message>
</context>
<context>
    <name>BoardScopeRow</name>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/board_scope.py" line="37"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/board_scope.py" line="38"/>
        <source>Whole event</source>
        <translation>整个活动</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/board_scope.py" line="45"/>
        <source>d MMM</source>
        <translation>M月d日</translation>
    </message>
</context>
<context>
    <name>BusyOverlay</name>
    <message>
        <location filename="../../src/ipquiz/gui/busy.py" line="96"/>
        <source>Reconnecting…</source>
        <extracomment>How long a call may run before the overlay says &quot;Working…&quot;.</extracomment>
        <translation>正在重新连接…</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/busy.py" line="98"/>
        <source>The database cannot be reached. Trying again…</source>
        <translation>暂时无法连接数据库，正在重试…</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/busy.py" line="100"/>
        <source>What you entered stays on screen and is saved once it is back.</source>
        <translation>您输入的内容会保留在屏幕上，连接恢复后立即保存。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/busy.py" line="103"/>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../../src/ipquiz/gui/certificate_dialog.py" line="95"/>
        <source>Your certificate</source>
        <extracomment>A4 landscape, less the margins, in the pages&apos; units (1/96 inch).</extracomment>
        <translation>你的证书</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/certificate_dialog.py" line="100"/>
        <source>Well done, {0}! This certificate has the verification code {1}: anyone can check it with IP Quiz.</source>
        <translation>恭喜你，{0}！这张证书的验证码是 {1}，任何人都可以用“知识产权知识竞答”核验。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/certificate_dialog.py" line="104"/>
        <source>Language of the certificate</source>
        <translation>证书语言</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/certificate_dialog.py" line="108"/>
        <source>Both (a page each)</source>
        <translation>中英文（各一页）</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/certificate_dialog.py" line="115"/>
        <source>Save as PDF…</source>
        <translation>保存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/certificate_dialog.py" line="116"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/certificate_dialog.py" line="117"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/certificate_dialog.py" line="169"/>
        <source>Save the certificate</source>
        <translation>保存证书</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/certificate_dialog.py" line="169"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/certificate_dialog.py" line="185"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/certificate_dialog.py" line="188"/>
        <source>Saved as {0}</source>
        <translation>已保存为 {0}</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/certificate_dialog.py" line="200"/>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/certificate_dialog.py" line="202"/>
        <source>Print the certificate</source>
        <translation>打印证书</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/certificate_dialog.py" line="210"/>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/certificate_dialog.py" line="213"/>
        <source>Sent to the printer.</source>
        <translation>已发送到打印机。</translation>
    </message>
</context>
<context>
    <name>ClassesScreen</name>
    <message>
        <location filename="../../src/ipquiz/gui/screens/classes.py" line="193"/>
        <source>Students: {0}</source>
        <translation>学生：{0} 人</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/classes.py" line="240"/>
        <source>{0} students written to {1}</source>
        <translation>已将 {0} 名学生写入 {1}</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/classes.py" line="248"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/classes.py" line="285"/>
        <source>the typed list</source>
        <translation>输入的名单</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/classes.py" line="289"/>
        <source>{0}: students added: {1}.</source>
        <translation>{0}：新增学生 {1} 人。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/classes.py" line="291"/>
        <source>Already in the class: {0}.</source>
        <translation>已在班级中：{0} 人。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/classes.py" line="292"/>
        <source>Renamed: {0} → {1}</source>
        <translation>改名：{0} → {1}</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/classes.py" line="295"/>
        <source>Given their student number: {0}</source>
        <translation>补上学号：{0}</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/classes.py" line="301"/>
        <source>In the class but not on this list (they stay): {0}</source>
        <translation>在班级中但不在本名单上（保留）：{0}</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/classes.py" line="318"/>
        <source>… and {0} more</source>
        <translation>……还有 {0} 条</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/classes.py" line="320"/>
        <source>Nothing was imported: {0} has problems.</source>
        <translation>未导入任何内容：{0} 有问题。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/classes.py" line="335"/>
        <source>Import a class list</source>
        <translation>导入班级名单</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/classes.py" line="337"/>
        <source>Class lists (*.csv *.xlsx *.txt)</source>
        <translation>班级名单（*.csv *.xlsx *.txt）</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/classes.py" line="343"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/classes.py" line="343"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/classes.py" line="346"/>
        <source>Export the class list</source>
        <translation>导出班级名单</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/classes.py" line="360"/>
        <source>Which class?</source>
        <translation>导入到哪个班级？</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/classes.py" line="362"/>
        <source>The class these students are in (a new name, or a class to update):</source>
        <translation>这些学生所在的班级（输入新班级名称，或选择要更新的班级）：</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/classes.py" line="367"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/classes.py" line="384"/>
        <source>Class list imported</source>
        <translation>班级名单已导入</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/classes.py" line="387"/>
        <source>Class list not imported</source>
        <translation>班级名单未导入</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/classes.py" line="396"/>
        <source>← Back</source>
        <translation>← 返回</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/classes.py" line="397"/>
        <source>Classes</source>
        <translation>班级</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/classes.py" line="398"/>
        <source>Import a class list…</source>
        <translation>导入班级名单…</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/classes.py" line="400"/>
        <source>A CSV or Excel file with student numbers and names (学号, 姓名)</source>
        <translation>含学号和姓名的 CSV 或 Excel 文件（学号、姓名）</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/classes.py" line="402"/>
        <source>Type a list…</source>
        <translation>输入名单…</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/classes.py" line="403"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/classes.py" line="404"/>
        <source>The roster as an Excel or CSV class list</source>
        <translation>将名单导出为 Excel 或 CSV 班级名单</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/classes.py" line="406"/>
        <source>No class yet: import a class list from Excel or CSV, or type one.</source>
        <translation>还没有班级：从 Excel 或 CSV 导入班级名单，或直接输入。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/classes.py" line="409"/>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/classes.py" line="409"/>
        <source>Student number</source>
        <translation>学号</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/classes.py" line="409"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
</context>
<context>
    <name>DriveExport</name>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_export.py" line="119"/>
        <source>Export results to a USB drive: one tap on the drive</source>
        <translation>把成绩导出到 U 盘：点一下该盘即可</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_export.py" line="120"/>
        <source>Look for drives again</source>
        <translation>重新查找 U 盘</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_export.py" line="121"/>
        <source>Another folder…</source>
        <translation>其他文件夹…</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_export.py" line="123"/>
        <source>Looking for USB drives…</source>
        <translation>正在查找 U 盘…</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_export.py" line="125"/>
        <source>No USB drive found: plug one in, then look again.</source>
        <translation>未找到 U 盘：请插入后重新查找。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_export.py" line="131"/>
        <source>Writing to {0}…</source>
        <translation>正在写入 {0}…</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_export.py" line="133"/>
        <source>⏏ {0}  ({1} free)</source>
        <translation>⏏ {0}（可用 {1}）</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_export.py" line="138"/>
        <source>Export the results to {0}</source>
        <translation>把成绩导出到 {0}</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../src/ipquiz/gui/error_dialog.py" line="24"/>
        <source>Something went wrong: {0}</source>
        <translation>出错了：{0}</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/error_dialog.py" line="31"/>
        <source>The full report was written to {0}</source>
        <translation>完整报告已写入 {0}</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/error_dialog.py" line="38"/>
        <source>The report could not be written: {0}</source>
        <translation>无法写入报告：{0}</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/error_dialog.py" line="49"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/error_dialog.py" line="75"/>
        <source>The last action</source>
        <translation>上一个操作</translation>
    </message>
</context>
<context>
    <name>ExamBar</name>
    <message>
        <location filename="../../src/ipquiz/gui/screens/exam_bar.py" line="81"/>
        <source>Time left {0}:{1:02d}</source>
        <extracomment>Question buttons per row before wrapping.</extracomment>
        <translation>剩余时间 {0}:{1:02d}</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/exam_bar.py" line="88"/>
        <source>Submit</source>
        <translation>交卷</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/exam_bar.py" line="89"/>
        <source>Extra time {0}</source>
        <translation>延长时间 {0}</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/exam_bar.py" line="90"/>
        <source>No time limits is on: this exam runs longer</source>
        <translation>已开启“不限时”：本场考试时间延长</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/exam_bar.py" line="91"/>
        <source>Previous question</source>
        <translation>上一题</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/exam_bar.py" line="92"/>
        <source>Next question</source>
        <translation>下一题</translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <location filename="../../src/ipquiz/gui/failures.py" line="23"/>
        <source>The data folder is read-only, so nothing can be saved ({0}). Make it writable, or start ipquiz with another data folder.</source>
        <extracomment>The window&apos;s words for each kind of database fault (storage.faults.FaultKind values).</extracomment>
        <translation>数据文件夹是只读的，无法保存任何内容（{0}）。请将其设为可写，或换一个数据文件夹启动 ipquiz。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/failures.py" line="30"/>
        <source>Another program holds the database ({0}). Close it or wait for it, then try again.</source>
        <translation>另一个程序正占用数据库（{0}）。请关闭该程序或等待它结束，然后重试。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/failures.py" line="36"/>
        <source>The disk is full ({0}). Free some space, then try again.</source>
        <translation>磁盘已满（{0}）。请释放一些空间，然后重试。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/failures.py" line="39"/>
        <source>The database is damaged ({0}). Keep it aside and start on a fresh copy.</source>
        <translation>数据库已损坏（{0}）。请将其另行保存，并改用一份新的数据库。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/failures.py" line="44"/>
        <source>Cannot open the database ({0}). Check the folder, the name, the user and the password.</source>
        <translation>无法打开数据库（{0}）。请检查文件夹、名称、用户名和密码。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/failures.py" line="49"/>
        <source>The database address cannot be used ({0}).</source>
        <translation>无法使用该数据库地址（{0}）。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/failures.py" line="51"/>
        <source>Lost the connection to the database server ({0}). Check that it is running and reachable.</source>
        <translation>与数据库服务器的连接已断开（{0}）。请检查服务器是否在运行且可以访问。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/failures.py" line="57"/>
        <source>Another station changed the same data at the same moment. Try again.</source>
        <translation>另一台设备在同一时刻修改了相同的数据。请重试。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/failures.py" line="62"/>
        <source>Something went wrong: {0}</source>
        <translation>出错了：{0}</translation>
    </message>
</context>
<context>
    <name>KioskResultScreen</name>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/result_screen.py" line="55"/>
        <source>Type a name first.</source>
        <translation>请先输入昵称。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/result_screen.py" line="58"/>
        <source>That name is too long.</source>
        <translation>这个昵称太长了。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/result_screen.py" line="61"/>
        <source>Please choose a friendlier name.</source>
        <translation>请换一个文明友好的昵称。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/result_screen.py" line="64"/>
        <source>No phone numbers or e-mail addresses, please: just a nickname.</source>
        <translation>请不要填写电话号码或电子邮箱，只需一个昵称。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/result_screen.py" line="215"/>
        <source>{0} of {1} answers right</source>
        <translation>{1} 题中答对 {0} 题</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/result_screen.py" line="436"/>
        <source>Rank today: {0} of {1}</source>
        <translation>今日排名：第 {0} 名（共 {1} 轮）</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/result_screen.py" line="433"/>
        <source>Your score</source>
        <translation>你的得分</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/result_screen.py" line="439"/>
        <source>Rank since {0}: {1} of {2}</source>
        <translation>{0}以来排名：第 {1} 名（共 {2} 轮）</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/result_screen.py" line="445"/>
        <source>Worth remembering</source>
        <translation>值得记住</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/result_screen.py" line="447"/>
        <source>You made the top 10 of the whole event!</source>
        <translation>你进入了整个活动的前 10 名！</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/result_screen.py" line="449"/>
        <source>You made today&apos;s top 10!</source>
        <translation>你进入了今天的前 10 名！</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/result_screen.py" line="451"/>
        <source>Keep learning: scan with your phone</source>
        <translation>继续学习：用手机扫一扫</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/result_screen.py" line="453"/>
        <source>QR code to keep learning: {0}</source>
        <translation>继续学习的二维码：{0}</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/result_screen.py" line="456"/>
        <source>You&apos;re on today&apos;s board as {0}.</source>
        <translation>你已以“{0}”登上今日排行榜。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/result_screen.py" line="458"/>
        <source>Type a nickname:</source>
        <translation>输入昵称：</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/result_screen.py" line="460"/>
        <source>Put a nickname on today&apos;s board:</source>
        <translation>留个昵称，登上今日排行榜：</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/result_screen.py" line="462"/>
        <source>Other names</source>
        <translation>换一批</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/result_screen.py" line="463"/>
        <source>Type my own</source>
        <translation>自己输入</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/result_screen.py" line="464"/>
        <source>Suggested names</source>
        <translation>推荐昵称</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/result_screen.py" line="465"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/result_screen.py" line="466"/>
        <source>Your nickname</source>
        <translation>你的昵称</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/result_screen.py" line="467"/>
        <source>Play again</source>
        <translation>再玩一次</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/result_screen.py" line="468"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/window.py" line="446"/>
        <source>The new PIN is set.</source>
        <translation>新 PIN 码已设置。</translation>
    </message>
</context>
<context>
    <name>LawNotice</name>
    <message>
        <location filename="../../src/ipquiz/gui/article_dialog.py" line="43"/>
        <source>This question cites {0}; that text was replaced on {1}.</source>
        <translation>本题依据{0}；该文本已于{1}被新文本取代。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/article_dialog.py" line="49"/>
        <source>This question cites {0}, which is not in force today.</source>
        <translation>本题依据{0}，该文本目前不在施行中。</translation>
    </message>
</context>
<context>
    <name>ListDialog</name>
    <message>
        <location filename="../../src/ipquiz/gui/screens/classes.py" line="63"/>
        <source>Type a class list</source>
        <extracomment>Problems a refused list shows at once (the rest are counted).</extracomment>
        <translation>输入班级名单</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/classes.py" line="65"/>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/classes.py" line="68"/>
        <source>Students, one a line</source>
        <translation>学生，每行一人</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/classes.py" line="72"/>
        <source>Student number and name (2023001 王芳), or a name alone. Pasted Excel columns work too.</source>
        <translation>学号和姓名（如 2023001 王芳），或只写姓名。也可以直接粘贴 Excel 中的两列。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/classes.py" line="82"/>
        <source>Add to the class</source>
        <translation>加入班级</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/classes.py" line="83"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>LiveClassScreen</name>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="309"/>
        <source>Live class</source>
        <extracomment>The projector redraws at most this often while answers come in. The projector&apos;s language switch (the window changes its language). Emitted on the server&apos;s threads; queued to this screen&apos;s thread. The class report (item analysis, workbook, PDF) of the live class that just ended. A self-paced set&apos;s time limit: what is left of it for the whole class.</extracomment>
        <translation>课堂互动</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="310"/>
        <source>Quiz set</source>
        <translation>题集</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="311"/>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="793"/>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="313"/>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="377"/>
        <source>No class: students type a nickname</source>
        <translation>不选班级：学生输入昵称</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="314"/>
        <source>Self-paced (a live grid)</source>
        <translation>学生自主答题（实时进度表）</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="315"/>
        <source>Teacher-paced (question by question)</source>
        <translation>老师控制节奏（逐题进行）</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="317"/>
        <source>Game lesson: points for speed and right answers in a row, and a top-5 board</source>
        <translation>游戏课：答得快、连续答对可加分，并显示前 5 名</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="319"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="320"/>
        <source>Port (allow it in the PC&apos;s firewall)</source>
        <translation>端口（请在电脑防火墙中放行）</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="321"/>
        <source>Start the live class</source>
        <translation>开始课堂互动</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="322"/>
        <source>◀ Back</source>
        <translation>◀ 返回</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="323"/>
        <source>Open the page and enter the code, or scan:</source>
        <translation>打开网页输入代码，或扫描二维码：</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="324"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="325"/>
        <source>Students…</source>
        <translation>学生……</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="326"/>
        <source>Export results…</source>
        <translation>导出成绩…</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="327"/>
        <source>Class report…</source>
        <translation>班级成绩分析…</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="328"/>
        <source>Close the session</source>
        <translation>关闭本次课堂</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="384"/>
        <source>Save a quiz set first (Quiz sets… on the start screen).</source>
        <translation>请先保存一个题集（开始界面的“管理题集…”）。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="388"/>
        <source>Resume the live class with code {0}</source>
        <translation>继续代码为 {0} 的课堂互动</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="422"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="430"/>
        <source>The live class cannot start</source>
        <translation>课堂互动无法启动</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="431"/>
        <source>Port {0} cannot be used: {1}. Choose another port.</source>
        <translation>端口 {0} 无法使用：{1}。请换一个端口。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="478"/>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="552"/>
        <source>Skip a question</source>
        <translation>跳过一道题</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="479"/>
        <source>The question is skipped for everyone.</source>
        <translation>这道题对所有人跳过。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="485"/>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="690"/>
        <source>Skip this question</source>
        <translation>跳过这道题</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="492"/>
        <source>Skip question {0}?</source>
        <translation>跳过第 {0} 题？</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="494"/>
        <source>It counts for nobody: answers already given to it are taken back, and nobody is asked it any more.</source>
        <translation>这道题对谁都不计分：已作的回答会撤回，之后也不再出这道题。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="497"/>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="511"/>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="513"/>
        <source>Free a seat when a student needs another device: their name can be picked again, with the answers given so far. Remove a student who should not be in this class: their page says so and they cannot come back in; their answers are kept but left out of the class result.</source>
        <translation>学生要换一台设备时，释放其座位：名字可以再次选择，已作的回答保留。把不该在本课堂的人移出：其页面会显示已被移出，且不能再加入；其回答保留在数据库中，但不计入全班结果。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="520"/>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="534"/>
        <source>Free the seat</source>
        <translation>释放座位</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="521"/>
        <source>Remove from the class</source>
        <translation>移出课堂</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="532"/>
        <source>Free {0}&apos;s seat?</source>
        <translation>释放 {0} 的座位？</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="533"/>
        <source>The name can be picked again on another device, with its answers.</source>
        <translation>可在另一台设备上再次选择这个名字，已作的回答保留。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="539"/>
        <source>Remove {0} from the class?</source>
        <translation>把 {0} 移出课堂？</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="540"/>
        <source>Their page says so; they cannot come back in with it.</source>
        <translation>其页面会显示已被移出，用这台设备不能再加入。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="541"/>
        <source>Remove</source>
        <translation>移出</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="553"/>
        <source>This is the last question left: end the class instead.</source>
        <translation>这是仅剩的一道题：请直接结束课堂。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="562"/>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="567"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="570"/>
        <source>{0} (seat free)</source>
        <translation>{0}（座位已释放）</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="608"/>
        <source>{0} rows written to {1}</source>
        <translation>已将 {0} 行写入 {1}</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="621"/>
        <source>Export results</source>
        <translation>导出成绩</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="623"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="650"/>
        <source>Time left for the set {0}:{1:02d}</source>
        <translation>全部题目剩余时间 {0}:{1:02d}</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="661"/>
        <source>{0} joined: {1}</source>
        <translation>已加入 {0} 人：{1}</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="663"/>
        <source>Nobody has joined yet.</source>
        <translation>还没有人加入。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="669"/>
        <source>Code {0} · {1} · {2} joined</source>
        <translation>代码 {0} · {1} · 已加入 {2} 人</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="680"/>
        <source>Start the quiz</source>
        <translation>开始答题</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="681"/>
        <source>Reveal the answer</source>
        <translation>公布答案</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="682"/>
        <source>Next question</source>
        <translation>下一题</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="682"/>
        <source>Finish</source>
        <translation>结束测验</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="692"/>
        <source>Skip a question…</source>
        <translation>跳过一道题……</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="697"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="697"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="703"/>
        <source>Paused: the devices wait.</source>
        <translation>已暂停：学生设备在等待。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="726"/>
        <source>Top {0}</source>
        <translation>前 {0} 名</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="728"/>
        <source>{0}. {1} · {2} points</source>
        <translation>{0}. {1} · {2} 分</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="740"/>
        <source>The class got {0} % of the answers right.</source>
        <translation>全班答对了 {0}% 的题。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="747"/>
        <source>Question {0} of {1}</source>
        <translation>第 {0} 题，共 {1} 题</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="757"/>
        <source>{0} of {1} answered</source>
        <translation>{1} 人中已有 {0} 人作答</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="767"/>
        <source>Answer: {0}</source>
        <translation>答案：{0}</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="772"/>
        <source>Source: {0}</source>
        <translation>出处：{0}</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="783"/>
        <source>{0} skipped</source>
        <translation>{0} 已跳过</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="785"/>
        <source>Right</source>
        <translation>答对</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="834"/>
        <source>right</source>
        <translation>正确</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="835"/>
        <source>wrong</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="836"/>
        <source>partly right</source>
        <translation>部分正确</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="837"/>
        <source>answered</source>
        <translation>已作答</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="838"/>
        <source>not answered yet</source>
        <translation>尚未作答</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/live_class.py" line="839"/>
        <source>skipped: counts for nobody</source>
        <translation>已跳过：对谁都不计分</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="149"/>
        <source>Loading the question bank…</source>
        <extracomment>Start loading this long after `load_after_first_paint` even if no paint came (minimised).</extracomment>
        <translation>正在载入题库…</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="340"/>
        <source>The question bank is empty.</source>
        <translation>题库是空的。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="356"/>
        <source>Resume your quiz?</source>
        <translation>继续上次的答题？</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="372"/>
        <source>Cannot open the question bank: {0}</source>
        <translation>无法打开题库：{0}</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="378"/>
        <location filename="../../src/ipquiz/gui/main_window.py" line="439"/>
        <source>IP Quiz</source>
        <translation>知识产权知识竞答</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="385"/>
        <source>Damaged database</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="389"/>
        <source>Keep it aside under a dated name (nothing is deleted) and start on a fresh database? The bundled questions come back; earlier results stay in the kept file.</source>
        <translation>将其以带日期的名称另存（不删除任何内容），并使用新的数据库开始？内置题目会重新载入；以前的成绩保留在另存的文件中。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="392"/>
        <source>Keep it aside and start fresh</source>
        <translation>另存并重新开始</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="393"/>
        <source>Not now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="401"/>
        <source>The damaged database was kept as {0}.</source>
        <translation>已损坏的数据库已另存为 {0}。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="466"/>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="524"/>
        <source>No question matches the chosen topics.</source>
        <translation>所选主题下没有题目。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="566"/>
        <source>Save as a quiz set</source>
        <translation>保存为题集</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="567"/>
        <source>Name of the set (e.g. Class 7 · Patents test):</source>
        <translation>题集名称（如：七年级·专利测验）：</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="640"/>
        <source>Answer not saved</source>
        <translation>答案未能保存</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="677"/>
        <source>Submit the exam?</source>
        <translation>确定交卷？</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="679"/>
        <source>{0} questions are not answered yet; they will count as wrong. Submit anyway?</source>
        <translation>还有 {0} 道题未作答，交卷后按答错计。仍要交卷吗？</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="681"/>
        <source>Submit</source>
        <translation>交卷</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="682"/>
        <location filename="../../src/ipquiz/gui/main_window.py" line="834"/>
        <source>Keep answering</source>
        <translation>继续作答</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="688"/>
        <source>Time is up: the exam was submitted.</source>
        <translation>时间到，已自动交卷。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="779"/>
        <source>These questions are no longer in the question bank.</source>
        <translation>这些题目已不在题库中。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="821"/>
        <source>Leave the exam without submitting it? The {0} answers you gave stay saved, but the exam is closed: it cannot be continued later and gets no result.</source>
        <translation>不交卷就离开考试吗？已作答的 {0} 道题会保存下来，但这场考试将被关闭：之后无法继续，也不会有成绩。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="826"/>
        <source>Leave this quiz? The {0} answers you gave stay saved, but the quiz is closed: it cannot be continued later and is not counted as finished.</source>
        <translation>离开本次测验吗？已作答的 {0} 道题会保存下来，但测验将被关闭：之后无法继续，也不算作已完成。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="831"/>
        <source>Leave the quiz?</source>
        <translation>退出本次答题？</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="833"/>
        <source>Leave</source>
        <translation>离开</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="850"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="858"/>
        <source>{0} rows written to {1}</source>
        <translation>已将 {0} 行结果导出到 {1}</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="873"/>
        <source>Results exported</source>
        <translation>结果已导出</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="874"/>
        <source>The results were saved as {0}. Open the folder?</source>
        <translation>结果已保存为 {0}。要打开所在文件夹吗？</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="875"/>
        <source>Open the folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="876"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="884"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="866"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="358"/>
        <source>A quiz was interrupted with {0} of {1} questions answered. Carry on where it stopped, or close it as it is?</source>
        <translation>上次答题中断了，已答 {0} 题，共 {1} 题。从中断处继续，还是按现状结束？</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="361"/>
        <source>Carry on</source>
        <translation>继续作答</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="362"/>
        <source>Close it</source>
        <translation>结束这次答题</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="886"/>
        <source>Export results</source>
        <translation>导出成绩</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/main_window.py" line="884"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/keyboard.py" line="64"/>
        <source>Capital letters</source>
        <extracomment>The extra row of a keyboard for a web address.</extracomment>
        <translation>大写字母</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/keyboard.py" line="65"/>
        <source>Space</source>
        <translation>空格</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/keyboard.py" line="66"/>
        <source>Delete the last character</source>
        <translation>删除最后一个字符</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/keyboard.py" line="68"/>
        <source>On-screen keyboard</source>
        <translation>屏幕键盘</translation>
    </message>
</context>
<context>
    <name>OutOfOrderScreen</name>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/out_of_order.py" line="23"/>
        <source>Out of order</source>
        <extracomment>Waits between tries, in ms; the last one repeats.</extracomment>
        <translation>暂停服务</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/out_of_order.py" line="25"/>
        <source>The quiz cannot reach its database. It tries again by itself and comes back as soon as it can.</source>
        <translation>答题系统暂时无法连接数据库。它会自动重试，一旦恢复即可继续使用。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/out_of_order.py" line="31"/>
        <source>Next try in {0} s</source>
        <translation>{0} 秒后重试</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/out_of_order.py" line="32"/>
        <source>Trying again…</source>
        <translation>正在重试…</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../../src/ipquiz/gui/outcomes.py" line="32"/>
        <source>correct</source>
        <translation>正确</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/outcomes.py" line="33"/>
        <source>partly</source>
        <translation>部分正确</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/outcomes.py" line="34"/>
        <source>wrong</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/outcomes.py" line="35"/>
        <source>no answer</source>
        <translation>未作答</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/outcomes.py" line="53"/>
        <source>Right pick</source>
        <extracomment>red-green colour-blind visitor tells a wrong pick from a right one by it and its word.</extracomment>
        <translation>选对了</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/outcomes.py" line="54"/>
        <source>Wrong pick</source>
        <translation>选错了</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/outcomes.py" line="55"/>
        <source>Right answer</source>
        <translation>正确答案</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../src/ipquiz/gui/screens/profile_dialogs.py" line="103"/>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/profile_dialogs.py" line="105"/>
        <source>{0}: enter your PIN</source>
        <translation>{0}：请输入 PIN 码</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/profile_dialogs.py" line="111"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/pin_pad.py" line="171"/>
        <source>Wrong PIN. Tries left before the pad locks: {0}</source>
        <translation>PIN 码错误。锁定前还可尝试 {0} 次。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/pin_pad.py" line="150"/>
        <source>A PIN has {0} to {1} digits.</source>
        <translation>PIN 码为 {0} 到 {1} 位数字。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/pin_pad.py" line="160"/>
        <source>The two PINs differ. Please start again.</source>
        <translation>两次输入的 PIN 码不一致，请重新开始。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/pin_pad.py" line="182"/>
        <source>Too many wrong PINs. Try again in {0}:{1:02d}.</source>
        <translation>错误次数过多，请在 {0}:{1:02d} 后重试。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/pin_pad.py" line="186"/>
        <source>You can try again now.</source>
        <translation>现在可以重试了。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/pin_pad.py" line="237"/>
        <source>Operator PIN</source>
        <translation>管理员 PIN 码</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/pin_pad.py" line="238"/>
        <source>Choose an operator PIN ({0} to {1} digits)</source>
        <translation>设置管理员 PIN 码（{0} 到 {1} 位数字）</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/pin_pad.py" line="241"/>
        <source>Type the new PIN again</source>
        <translation>请再次输入新 PIN 码</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/pin_pad.py" line="244"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/pin_pad.py" line="245"/>
        <source>Delete the last digit</source>
        <translation>删除最后一位数字</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/profile_dialogs.py" line="81"/>
        <source>{0} of {1} digits entered</source>
        <translation>已输入 {0} 位，共 {1} 位</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../src/ipquiz/gui/screens/profile_dialogs.py" line="145"/>
        <source>New profile</source>
        <translation>新建档案</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/profile_dialogs.py" line="145"/>
        <source>Profile</source>
        <translation>档案</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/profile_dialogs.py" line="146"/>
        <source>Name</source>
        <translation>名字</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/profile_dialogs.py" line="151"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/profile_dialogs.py" line="176"/>
        <source>PIN (optional, 4 digits)</source>
        <translation>PIN 码（可选，4 位数字）</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/profile_dialogs.py" line="180"/>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/profile_dialogs.py" line="181"/>
        <source>PIN again</source>
        <translation>再次输入 PIN 码</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/profile_dialogs.py" line="195"/>
        <source>Change PIN…</source>
        <translation>更改 PIN 码…</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/profile_dialogs.py" line="195"/>
        <source>Set a PIN…</source>
        <translation>设置 PIN 码…</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/profile_dialogs.py" line="196"/>
        <source>Remove PIN</source>
        <translation>取消 PIN 码</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/profile_dialogs.py" line="197"/>
        <source>Delete profile…</source>
        <translation>删除档案…</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/profile_dialogs.py" line="212"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/profile_dialogs.py" line="215"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/profile_dialogs.py" line="215"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/profile_dialogs.py" line="227"/>
        <source>Blue</source>
        <translation>蓝</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/profile_dialogs.py" line="228"/>
        <source>Orange</source>
        <translation>橙</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/profile_dialogs.py" line="229"/>
        <source>Green</source>
        <translation>绿</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/profile_dialogs.py" line="230"/>
        <source>Purple</source>
        <translation>紫</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/profile_dialogs.py" line="231"/>
        <source>Red</source>
        <translation>红</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/profile_dialogs.py" line="232"/>
        <source>Teal</source>
        <translation>青</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/profile_dialogs.py" line="233"/>
        <source>Brown</source>
        <translation>棕</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/profile_dialogs.py" line="234"/>
        <source>Pink</source>
        <translation>粉</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/profile_dialogs.py" line="249"/>
        <source>Type a name.</source>
        <translation>请输入名字。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/profile_dialogs.py" line="252"/>
        <source>A PIN has 4 digits.</source>
        <translation>PIN 码为 4 位数字。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/profile_dialogs.py" line="254"/>
        <source>The two PINs differ.</source>
        <translation>两次输入的 PIN 码不一致。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/profile_dialogs.py" line="256"/>
        <source>Type the PIN again.</source>
        <translation>请再次输入 PIN 码。</translation>
    </message>
</context>
<context>
    <name>ProfileFlow</name>
    <message>
        <location filename="../../src/ipquiz/gui/profile_flow.py" line="132"/>
        <source>Too many wrong PINs: try again in {0} s.</source>
        <extracomment>Who plays now: a profile&apos;s id once opened (after its PIN), None for a guest. Profiles opened with their PIN in this run of the window.</extracomment>
        <translation>PIN 码错误次数过多，请 {0} 秒后再试。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/profile_flow.py" line="135"/>
        <source>Wrong PIN. {0} tries left.</source>
        <translation>PIN 码错误，还可以再试 {0} 次。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/profile_flow.py" line="213"/>
        <source>Choose a 4-digit PIN</source>
        <translation>设置一个 4 位数字的 PIN 码</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/profile_flow.py" line="214"/>
        <source>Enter the PIN again</source>
        <translation>请再次输入 PIN 码</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/profile_flow.py" line="226"/>
        <source>The two PINs differ. Enter the PIN again.</source>
        <translation>两次输入的 PIN 码不一致，请再输入一次。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/profile_flow.py" line="253"/>
        <source>Delete the profile {0}?</source>
        <translation>删除档案“{0}”？</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/profile_flow.py" line="255"/>
        <source>This deletes {0} quizzes with {1} answers and {2} questions of the review deck. It cannot be undone.</source>
        <translation>将删除 {0} 次答题记录、{1} 个答案和错题本中的 {2} 道题，且无法恢复。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/profile_flow.py" line="262"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/profile_flow.py" line="263"/>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/profile_flow.py" line="274"/>
        <location filename="../../src/ipquiz/gui/profile_flow.py" line="278"/>
        <source>Profile</source>
        <translation>档案</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/profile_flow.py" line="275"/>
        <source>There is already a profile of that name.</source>
        <translation>已有同名的档案。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/profile_flow.py" line="278"/>
        <source>This name cannot be used.</source>
        <translation>这个名字不能使用。</translation>
    </message>
</context>
<context>
    <name>ProfilePicker</name>
    <message>
        <location filename="../../src/ipquiz/gui/screens/profiles.py" line="230"/>
        <source>Guest</source>
        <extracomment>Avatar colours by key (domain.persons.COLOURS): dark enough for a white letter (contrast 4.5:1 or more), and told apart by the letter and name anyway.</extracomment>
        <translation>访客</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/profiles.py" line="246"/>
        <source>Looking for questions to review…</source>
        <translation>正在查找要复习的题目…</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/profiles.py" line="248"/>
        <source>Protected by a PIN: it is asked when you start</source>
        <translation>已设 PIN 码保护：开始时需要输入</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/profiles.py" line="250"/>
        <source>1 question to review today</source>
        <translation>今天有 1 道题要复习</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/profiles.py" line="252"/>
        <source>{0} questions to review today</source>
        <translation>今天有 {0} 道题要复习</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/profiles.py" line="254"/>
        <source>Nothing to review today ✓</source>
        <translation>今天没有要复习的题目 ✓</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/profiles.py" line="258"/>
        <source>Who is playing?</source>
        <translation>谁来答题？</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/profiles.py" line="259"/>
        <source>+ New profile</source>
        <translation>+ 新建档案</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/profiles.py" line="260"/>
        <source>A profile keeps your results, mistakes and progress</source>
        <translation>档案会保存你的成绩、错题和学习进度</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/profiles.py" line="262"/>
        <source>Play without keeping anything</source>
        <translation>答题但不保存任何记录</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/profiles.py" line="267"/>
        <source>, protected by a PIN</source>
        <translation>，已设 PIN 码保护</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/profiles.py" line="269"/>
        <source>Your name (optional), shown on your results</source>
        <translation>你的名字（可选），显示在成绩上</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/profiles.py" line="270"/>
        <source>Your name (optional)</source>
        <translation>你的名字（可选）</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/profiles.py" line="271"/>
        <source>Review now  ▶</source>
        <translation>开始复习  ▶</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/profiles.py" line="272"/>
        <source>Profile…</source>
        <translation>档案…</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/profiles.py" line="273"/>
        <source>Progress</source>
        <translation>学习进度</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/profiles.py" line="274"/>
        <source>Rename, colour, PIN or delete this profile</source>
        <translation>改名、换颜色、设置 PIN 码或删除此档案</translation>
    </message>
</context>
<context>
    <name>ProgressScreen</name>
    <message>
        <location filename="../../src/ipquiz/gui/screens/progress.py" line="169"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/progress.py" line="171"/>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/progress.py" line="173"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/progress.py" line="174"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/progress.py" line="175"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/progress.py" line="176"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/progress.py" line="177"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/progress.py" line="178"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/progress.py" line="179"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/progress.py" line="187"/>
        <source>{0}&apos;s progress</source>
        <translation>{0}的学习进度</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/progress.py" line="189"/>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/progress.py" line="189"/>
        <source>{0} days</source>
        <translation>{0} 天</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/progress.py" line="190"/>
        <source>in a row</source>
        <translation>连续练习</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/progress.py" line="192"/>
        <source>in a row: practise today to keep it going</source>
        <translation>连续练习：今天练一练，保持下去</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/progress.py" line="194"/>
        <source>questions answered</source>
        <translation>已答题数</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/progress.py" line="197"/>
        <source>answered right ({0} of {1})</source>
        <translation>答对率（{1} 题中答对 {0} 题）</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/progress.py" line="199"/>
        <source>answered right: none answered yet</source>
        <translation>答对率：还没有答题</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/progress.py" line="202"/>
        <source>Today: {0} of {1} questions</source>
        <translation>今天：已答 {0} 题，目标 {1} 题</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/progress.py" line="203"/>
        <source>goal met</source>
        <translation>目标达成</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/progress.py" line="209"/>
        <source>Goal met on {0} of the last 7 days.</source>
        <translation>最近 7 天中有 {0} 天达成目标。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/progress.py" line="213"/>
        <source>No answers in the last 8 weeks yet: play a quiz and come back.</source>
        <translation>最近 8 周还没有答题：答一轮题再来看看吧。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/progress.py" line="217"/>
        <source>Questions answered per week</source>
        <translation>每周答题数</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/progress.py" line="225"/>
        <source>Answered right per week</source>
        <translation>每周答对率</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/progress.py" line="235"/>
        <source>Mastery by topic (last answer right)</source>
        <translation>各主题掌握程度（最近一次答对）</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/progress.py" line="245"/>
        <source>The question bank is empty.</source>
        <translation>题库是空的。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/progress.py" line="252"/>
        <source>Reviews coming up</source>
        <translation>接下来的复习</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/progress.py" line="260"/>
        <source>Nothing to review in the next 7 days.</source>
        <translation>未来 7 天没有要复习的题目。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/progress.py" line="265"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/progress.py" line="266"/>
        <source>Daily goal</source>
        <translation>每日目标</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/progress.py" line="267"/>
        <source>Questions a day:</source>
        <translation>每天答题数：</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/progress.py" line="271"/>
        <source>Progress</source>
        <translation>学习进度</translation>
    </message>
</context>
<context>
    <name>QuestionPanel</name>
    <message>
        <location filename="../../src/ipquiz/gui/screens/report_views.py" line="122"/>
        <source>Asked {0} times, right {1}. Facility {2}, discrimination {3}, item-rest correlation {4}, efficiency {5}.</source>
        <translation>作答 {0} 次，答对 {1} 次。难度系数(通过率) {2}，区分度 {3}，题总相关 {4}，区分效率 {5}。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/report_views.py" line="137"/>
        <location filename="../../src/ipquiz/gui/screens/report_views.py" line="146"/>
        <source>no answer</source>
        <translation>未作答</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/report_views.py" line="142"/>
        <source>key</source>
        <translation>正确答案</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/report_views.py" line="146"/>
        <source>Who chose what</source>
        <translation>各选项选择比例</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/report_views.py" line="148"/>
        <source>Explanation</source>
        <translation>解析</translation>
    </message>
</context>
<context>
    <name>QuestionScreen</name>
    <message>
        <location filename="../../src/ipquiz/gui/screens/question.py" line="246"/>
        <source>✔ Correct!</source>
        <translation>✔ 回答正确！</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/question.py" line="248"/>
        <source>✘ Not quite</source>
        <translation>✘ 回答错误</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/question.py" line="240"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/question.py" line="178"/>
        <source>{0} s left</source>
        <translation>剩余 {0} 秒</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/question.py" line="247"/>
        <source>◐ Partly right, +{0}</source>
        <translation>◐ 部分正确，+{0} 分</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/question.py" line="250"/>
        <source>Correct answer: {0}</source>
        <translation>正确答案：{0}</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/question.py" line="254"/>
        <source>Source: {0}</source>
        <translation>依据：{0}</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/question.py" line="293"/>
        <source>Leave quiz</source>
        <translation>退出答题</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/question.py" line="297"/>
        <source>Review · question {0} of {1}</source>
        <translation>复习 · 第 {0} 题 / 共 {1} 题</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/question.py" line="299"/>
        <source>Question {0} of {1}</source>
        <translation>第 {0} 题 / 共 {1} 题</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/question.py" line="305"/>
        <source>Choose one answer.</source>
        <translation>单选题：请选择一个答案。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/question.py" line="306"/>
        <source>Select all that apply.</source>
        <translation>多选题：请选出所有正确答案。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/question.py" line="307"/>
        <source>True or false?</source>
        <translation>判断题：这句话对吗？</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/question.py" line="311"/>
        <source>This question has no text in your language; it is shown in the other one.</source>
        <translation>本题暂无中文版本，以下显示英文原文。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/question.py" line="315"/>
        <source>See results  ▶</source>
        <translation>查看成绩  ▶</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/question.py" line="315"/>
        <source>Next  ▶</source>
        <translation>下一题  ▶</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/question.py" line="319"/>
        <source>Confirm</source>
        <translation>确定</translation>
    </message>
</context>
<context>
    <name>QuizSetsScreen</name>
    <message>
        <location filename="../../src/ipquiz/gui/screens/quiz_sets.py" line="183"/>
        <source>{0} of the hand-picked questions are not in this bank: import them, or save the set without them.</source>
        <translation>有 {0} 道精选题不在本题库中：请导入这些题目，或不含它们保存题集。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/quiz_sets.py" line="196"/>
        <source>A new set: give it a name, shape it, then save it.</source>
        <translation>新题集：起个名字，设置好内容，然后保存。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/quiz_sets.py" line="265"/>
        <source>Saved: {0}</source>
        <translation>已保存：{0}</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/quiz_sets.py" line="289"/>
        <source>Deleted: {0}</source>
        <translation>已删除：{0}</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/quiz_sets.py" line="304"/>
        <source>Written to {0}</source>
        <translation>已写入 {0}</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/quiz_sets.py" line="324"/>
        <source>{0} quiz sets imported from {1}.</source>
        <translation>已从 {1} 导入 {0} 个题集。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/quiz_sets.py" line="326"/>
        <source>“{0}” was taken by another set: saved as “{1}”.</source>
        <translation>“{0}”已被另一个题集使用：另存为“{1}”。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/quiz_sets.py" line="331"/>
        <source>“{0}” is here already.</source>
        <translation>“{0}”已经存在。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/quiz_sets.py" line="334"/>
        <source>“{0}”: {1} hand-picked questions are not in this bank; import them too.</source>
        <translation>“{0}”：有 {1} 道精选题不在本题库中，请一并导入。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/quiz_sets.py" line="339"/>
        <source>“{0}”: topics this bank does not have: {1}</source>
        <translation>“{0}”：本题库没有这些主题：{1}</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/quiz_sets.py" line="356"/>
        <source>Not a usable quiz-set file</source>
        <translation>不是可用的题集文件</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/quiz_sets.py" line="358"/>
        <location filename="../../src/ipquiz/gui/screens/quiz_sets.py" line="439"/>
        <source>Quiz sets</source>
        <translation>题集</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/quiz_sets.py" line="369"/>
        <source>Export the quiz set</source>
        <translation>导出题集</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/quiz_sets.py" line="371"/>
        <location filename="../../src/ipquiz/gui/screens/quiz_sets.py" line="383"/>
        <source>Quiz-set files ({0})</source>
        <translation>题集文件（{0}）</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/quiz_sets.py" line="381"/>
        <source>Import quiz sets</source>
        <translation>导入题集</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/quiz_sets.py" line="388"/>
        <source>Quiz sets imported</source>
        <translation>题集已导入</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/quiz_sets.py" line="393"/>
        <source>Discard changes?</source>
        <translation>放弃修改？</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/quiz_sets.py" line="394"/>
        <source>The set on the form has changes that are not saved. Discard them?</source>
        <translation>当前题集有未保存的修改。要放弃吗？</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/quiz_sets.py" line="395"/>
        <source>Discard</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/quiz_sets.py" line="396"/>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/quiz_sets.py" line="403"/>
        <source>Replace the set?</source>
        <translation>替换题集？</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/quiz_sets.py" line="404"/>
        <source>A set called “{0}” is saved already. Replace it?</source>
        <translation>已有名为“{0}”的题集。要替换它吗？</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/quiz_sets.py" line="405"/>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/quiz_sets.py" line="406"/>
        <source>Keep the saved one</source>
        <translation>保留原有的</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/quiz_sets.py" line="413"/>
        <source>Delete the set?</source>
        <translation>删除题集？</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/quiz_sets.py" line="415"/>
        <source>Delete the quiz set “{0}”? Results of quizzes played with it are kept.</source>
        <translation>删除题集“{0}”？用它答过的成绩会保留。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/quiz_sets.py" line="418"/>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/quiz_sets.py" line="438"/>
        <source>← Back</source>
        <translation>← 返回</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/quiz_sets.py" line="440"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/quiz_sets.py" line="441"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/quiz_sets.py" line="442"/>
        <source>＋ New set</source>
        <translation>＋ 新建题集</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/quiz_sets.py" line="417"/>
        <location filename="../../src/ipquiz/gui/screens/quiz_sets.py" line="443"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/quiz_sets.py" line="444"/>
        <source>Save set</source>
        <translation>保存题集</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/quiz_sets.py" line="445"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <location filename="../../src/ipquiz/gui/screens/result.py" line="180"/>
        <source>not answered</source>
        <translation>未作答</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/result.py" line="181"/>
        <source>Your answer: {0}</source>
        <translation>你的答案：{0}</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/result.py" line="182"/>
        <source>Correct answer: {0}</source>
        <translation>正确答案：{0}</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/result.py" line="193"/>
        <source>{0}% — well done, you passed!</source>
        <translation>得分率 {0}%——恭喜，你通过了！</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/result.py" line="195"/>
        <source>{0}% — keep practising: read the explanations and try again.</source>
        <translation>得分率 {0}%——继续加油：看看解析，再来一次。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/result.py" line="200"/>
        <source>(pass mark {0} %)</source>
        <translation>（及格线 {0}%）</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/result.py" line="206"/>
        <source>All topics</source>
        <translation>全部主题</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/ipquiz/gui/screens/result.py" line="226"/>
        <source>Practise the %n I missed</source>
        <translation>
            <numerusform>练习答错的 %n 题</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/result.py" line="237"/>
        <source>Close all</source>
        <translation>全部收起</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/result.py" line="237"/>
        <source>Open all</source>
        <translation>全部展开</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/result.py" line="241"/>
        <source>Your result</source>
        <translation>你的成绩</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/result.py" line="242"/>
        <source>By topic</source>
        <translation>分主题成绩</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/result.py" line="244"/>
        <source>Your answers: tap a question to see the explanation</source>
        <translation>你的作答：点按题目查看解析</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/result.py" line="246"/>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/result.py" line="246"/>
        <source>Correct</source>
        <translation>答对</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/result.py" line="246"/>
        <source>Score</source>
        <translation>得分率</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/result.py" line="179"/>
        <location filename="../../src/ipquiz/gui/screens/result.py" line="246"/>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/result.py" line="177"/>
        <source>Your answer</source>
        <translation>你的答案</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/result.py" line="178"/>
        <source>Correct answer</source>
        <translation>正确答案</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/result.py" line="248"/>
        <source>Export results…</source>
        <translation>导出成绩…</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/result.py" line="249"/>
        <source>Certificate…</source>
        <translation>证书…</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/result.py" line="250"/>
        <source>New quiz</source>
        <translation>再来一轮</translation>
    </message>
</context>
<context>
    <name>ResultsScreen</name>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="178"/>
        <source>Results</source>
        <extracomment>The date a date box shows as &quot;any&quot; (its minimum). Figures stand right in their cells.</extracomment>
        <translation>成绩分析</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="179"/>
        <source>◀ Back</source>
        <translation>◀ 返回</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="180"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="181"/>
        <source>Save workbook…</source>
        <translation>保存 Excel 报告…</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="182"/>
        <source>Save PDF report…</source>
        <translation>保存 PDF 报告…</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="186"/>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="187"/>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="204"/>
        <source>Quiz set</source>
        <translation>试卷</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="188"/>
        <source>Live class</source>
        <translation>课堂互动</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="189"/>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="190"/>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="191"/>
        <source>To</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="197"/>
        <source>any day</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="198"/>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="199"/>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="200"/>
        <source>Questions</source>
        <translation>题目</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="203"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="205"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="206"/>
        <source>Minutes</source>
        <translation>用时(分钟)</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="207"/>
        <source>Score</source>
        <translation>得分率</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="208"/>
        <source>Pass/fail</source>
        <translation>是否通过</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="209"/>
        <source>Right</source>
        <translation>答对</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="210"/>
        <source>Missed</source>
        <translation>错题数</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="215"/>
        <source>Question id</source>
        <translation>题目编号</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="216"/>
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="217"/>
        <source>Asked</source>
        <translation>作答人次</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="218"/>
        <source>Facility</source>
        <translation>难度系数</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="219"/>
        <source>Discrimination</source>
        <translation>区分度</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="220"/>
        <source>Item-rest r</source>
        <translation>题总相关</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="221"/>
        <source>Flags</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="224"/>
        <source>Questions to look at</source>
        <translation>需要关注的题目</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="232"/>
        <source>Any mode</source>
        <translation>全部模式</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="233"/>
        <source>Exam</source>
        <translation>考试</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="234"/>
        <source>Practice</source>
        <translation>练习</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="235"/>
        <source>Kiosk</source>
        <translation>展台</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="240"/>
        <source>too easy</source>
        <translation>过易</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="241"/>
        <source>too hard</source>
        <translation>过难</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="242"/>
        <source>negative discrimination: check the key</source>
        <translation>负区分度：请检查答案</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="243"/>
        <source>low discrimination</source>
        <translation>区分度低</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="244"/>
        <source>a wrong choice draws strong students</source>
        <translation>高分组偏好某个错误选项</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="246"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="250"/>
        <source>No finished attempt matches these choices.</source>
        <translation>没有符合所选条件的已完成答卷。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="252"/>
        <source>Fewer than 30 attempts: the figures say little about the questions.</source>
        <translation>答卷少于30份：各项统计仅供参考。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="255"/>
        <source>The attempts were given different questions: no reliability for the whole test.</source>
        <translation>各份答卷题目不同：不计算整卷信度。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="257"/>
        <source>Every attempt scored the same: no reliability.</source>
        <translation>所有答卷得分相同：无法计算信度。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="259"/>
        <source>Reliability below zero: the questions do not measure one thing.</source>
        <translation>信度为负：各题测量的内容不一致。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="295"/>
        <source>Everyone</source>
        <translation>全部学生</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="299"/>
        <source>Any quiz set</source>
        <translation>全部试卷</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="303"/>
        <source>Any</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="308"/>
        <source> ({0} students)</source>
        <translation>（{0} 名学生）</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="330"/>
        <source>Adding up the answers…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="338"/>
        <source>{0} attempts by {1} people, {2} questions</source>
        <translation>{1} 人的 {0} 份答卷，共 {2} 道题</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="344"/>
        <source>Mean {0}%, median {1}%, standard deviation {2}, lowest {3}%, highest {4}%. Reliability (Cronbach&apos;s alpha / KR-20) {5}, standard error of measurement {6}.</source>
        <translation>平均分 {0}%，中位数 {1}%，标准差 {2}，最低 {3}%，最高 {4}%。信度(克龙巴赫α / KR-20) {5}，测量标准误 {6}。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="359"/>
        <source>Score distribution (%)</source>
        <translation>成绩分布(%)</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="360"/>
        <source>Accuracy by topic</source>
        <translation>各主题得分率</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="366"/>
        <source>No question is flagged.</source>
        <translation>没有需要关注的题目。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="381"/>
        <source>{0}: {1} rounds, {2} players, mean {3}%; most missed: {4}</source>
        <translation>{0}：{1} 轮，{2} 人参与，平均得分率 {3}%；错得最多：{4}</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="382"/>
        <source>Whole stand</source>
        <translation>整个展台</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="403"/>
        <source>✔ pass</source>
        <translation>✔ 通过</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="403"/>
        <source>✘ fail</source>
        <translation>✘ 未通过</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="459"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="459"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="461"/>
        <source>Save the report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="482"/>
        <source>Saving {0}…</source>
        <translation>正在保存 {0}…</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="490"/>
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/results.py" line="495"/>
        <source>The report was not saved</source>
        <translation>报告未能保存</translation>
    </message>
</context>
<context>
    <name>RoundScreen</name>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/round_screen.py" line="304"/>
        <source>Time&apos;s up!</source>
        <translation>时间到！</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/round_screen.py" line="300"/>
        <source>✔ Correct! +{0} points</source>
        <translation>✔ 答对了！+{0} 分</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/round_screen.py" line="302"/>
        <source>◐ Partly right, +{0} points</source>
        <translation>◐ 部分正确，+{0} 分</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/round_screen.py" line="306"/>
        <source>✘ Not quite.</source>
        <translation>✘ 答错了。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/round_screen.py" line="312"/>
        <source>Answer: {0}</source>
        <translation>答案：{0}</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/round_screen.py" line="317"/>
        <source>Source: {0}</source>
        <translation>依据：{0}</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/round_screen.py" line="349"/>
        <source>{0} right in a row!</source>
        <translation>连续答对 {0} 题！</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/round_screen.py" line="361"/>
        <source>{0} of {1} answered, {2} right</source>
        <translation>已答 {0} 题（共 {1} 题），答对 {2} 题</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/round_screen.py" line="440"/>
        <source>Score: {0}</source>
        <translation>得分：{0}</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/round_screen.py" line="455"/>
        <source>See my score</source>
        <translation>查看得分</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/round_screen.py" line="455"/>
        <source>Next</source>
        <translation>下一题</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/round_screen.py" line="494"/>
        <source>Question {0} of {1}</source>
        <translation>第 {0} 题 / 共 {1} 题</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/round_screen.py" line="498"/>
        <source>Tap the right answer.</source>
        <translation>请点击正确答案。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/round_screen.py" line="499"/>
        <source>Tap every right answer, then Confirm.</source>
        <translation>请点击所有正确答案，然后点“确定”。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/round_screen.py" line="500"/>
        <source>True or false?</source>
        <translation>判断题：这句话对吗？</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/round_screen.py" line="504"/>
        <source>Confirm</source>
        <translation>确定</translation>
    </message>
</context>
<context>
    <name>SetEditor</name>
    <message>
        <location filename="../../src/ipquiz/gui/screens/set_editor.py" line="268"/>
        <source>Give the set a name.</source>
        <translation>请给题集起个名字。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/set_editor.py" line="270"/>
        <source>Choose the questions from the bank.</source>
        <translation>请从题库中选择题目。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/set_editor.py" line="272"/>
        <source>Choose at least one topic.</source>
        <translation>请至少选择一个主题。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/set_editor.py" line="274"/>
        <source>Leave at least one difficulty in the mix.</source>
        <translation>难度搭配中至少保留一个难度。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/set_editor.py" line="332"/>
        <source>left out</source>
        <translation>不选</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/set_editor.py" line="335"/>
        <source>Hand-picked questions: {0}</source>
        <translation>精选题目：{0} 题</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/set_editor.py" line="370"/>
        <source>One point for each right answer; time never counts.</source>
        <translation>每答对一题得一分，不计用时。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/set_editor.py" line="371"/>
        <source>Multiple-answer questions earn part of the point.</source>
        <translation>多选题答对部分可得部分分。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/set_editor.py" line="373"/>
        <source>Medium questions count double, hard ones triple; a wrong answer costs a quarter.</source>
        <translation>中等题计双倍分，难题计三倍分；答错扣四分之一。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/set_editor.py" line="376"/>
        <source>A game: quick answers and streaks earn more (with a countdown per question).</source>
        <translation>游戏模式：答得快、连续答对得分更多（需每题倒计时）。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/set_editor.py" line="382"/>
        <source>Name of the set</source>
        <translation>题集名称</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/set_editor.py" line="383"/>
        <source>e.g. Class 7 · Patents unit test</source>
        <translation>例如：初二(3)班 · 专利单元测验</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/set_editor.py" line="384"/>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/set_editor.py" line="386"/>
        <source>Questions</source>
        <translation>题目</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/set_editor.py" line="387"/>
        <source>Draw from topics</source>
        <translation>按主题抽题</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/set_editor.py" line="388"/>
        <source>Hand-pick</source>
        <translation>手动精选</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/set_editor.py" line="389"/>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/set_editor.py" line="390"/>
        <source>Difficulty mix</source>
        <translation>难度搭配</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/set_editor.py" line="392"/>
        <source>Easy</source>
        <translation>容易</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/set_editor.py" line="392"/>
        <source>Medium</source>
        <translation>中等</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/set_editor.py" line="392"/>
        <source>Hard</source>
        <translation>困难</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/set_editor.py" line="397"/>
        <source>Number of questions</source>
        <translation>题目数量</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/set_editor.py" line="398"/>
        <source>Choose from the bank…</source>
        <translation>从题库选题…</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/set_editor.py" line="399"/>
        <source>▲ Up</source>
        <translation>▲ 上移</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/set_editor.py" line="400"/>
        <source>▼ Down</source>
        <translation>▼ 下移</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/set_editor.py" line="401"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/set_editor.py" line="402"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/set_editor.py" line="403"/>
        <source>No limit</source>
        <translation>不限时</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/set_editor.py" line="404"/>
        <source>Per question</source>
        <translation>每题限时</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/set_editor.py" line="405"/>
        <source>A countdown on each question (practice)</source>
        <translation>每道题倒计时（练习模式）</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/set_editor.py" line="406"/>
        <source>Whole set</source>
        <translation>整套限时</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/set_editor.py" line="407"/>
        <source>One clock for the whole exam</source>
        <translation>整场考试统一计时</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/set_editor.py" line="408"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/set_editor.py" line="409"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/set_editor.py" line="410"/>
        <source>Scoring</source>
        <translation>计分方式</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/set_editor.py" line="414"/>
        <source>Pass mark</source>
        <translation>及格线</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/set_editor.py" line="415"/>
        <source>Shuffle the questions</source>
        <translation>打乱题目顺序</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/set_editor.py" line="416"/>
        <source>Shuffle the choices</source>
        <translation>打乱选项顺序</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/set_editor.py" line="418"/>
        <source>Also ask questions resting on a law text that has since been replaced</source>
        <translation>也出依据已被修订替代的法律文本的题目</translation>
    </message>
</context>
<context>
    <name>SetWords</name>
    <message>
        <location filename="../../src/ipquiz/gui/set_words.py" line="15"/>
        <source>Accuracy</source>
        <translation>按正确率</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/set_words.py" line="16"/>
        <source>Partial credit</source>
        <translation>部分得分</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/set_words.py" line="17"/>
        <source>Weighted by difficulty</source>
        <translation>按难度加权</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/set_words.py" line="18"/>
        <source>Speed and streak</source>
        <translation>速度与连对</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/set_words.py" line="27"/>
        <location filename="../../src/ipquiz/gui/set_words.py" line="57"/>
        <source>Exam</source>
        <translation>考试</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/set_words.py" line="29"/>
        <location filename="../../src/ipquiz/gui/set_words.py" line="55"/>
        <source>Practice</source>
        <translation>练习</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/set_words.py" line="33"/>
        <source>{0} hand-picked questions</source>
        <translation>精选 {0} 题</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/set_words.py" line="36"/>
        <source>{0} questions</source>
        <translation>{0} 题</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/set_words.py" line="41"/>
        <source>easy {0} % / medium {1} % / hard {2} %</source>
        <translation>易 {0}% / 中 {1}% / 难 {2}%</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/set_words.py" line="44"/>
        <source>{0} s a question</source>
        <translation>每题 {0} 秒</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/set_words.py" line="46"/>
        <source>{0} min in all</source>
        <translation>共 {0} 分钟</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/set_words.py" line="48"/>
        <source>pass at {0} %</source>
        <translation>及格线 {0}%</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/set_words.py" line="56"/>
        <source>Explanations after each answer</source>
        <translation>每题作答后显示解析</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/set_words.py" line="58"/>
        <source>Change answers until you submit; results at the end</source>
        <translation>交卷前可修改答案；最后显示成绩</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="231"/>
        <source>The keep-learning address must start with http:// or https:// and name a site, without spaces.</source>
        <translation>“继续学习”网址须以 http:// 或 https:// 开头、写明网站，且不含空格。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="271"/>
        <source>Choose a logo</source>
        <translation>选择标志图片</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="273"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="285"/>
        <source>Cannot read {0}: {1}</source>
        <translation>无法读取 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="289"/>
        <source>Not an image: {0}</source>
        <translation>不是图片文件：{0}</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="303"/>
        <source>Cannot write {0}: {1}</source>
        <translation>无法写入 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="310"/>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="371"/>
        <source>The ipquiz icon</source>
        <translation>ipquiz 图标</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="315"/>
        <source>Event title</source>
        <translation>活动标题</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="317"/>
        <source>Logo</source>
        <translation>标志</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="318"/>
        <source>Languages offered</source>
        <translation>提供的语言</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="319"/>
        <source>Questions per round</source>
        <translation>每轮题数</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="320"/>
        <source>Seconds per question</source>
        <translation>每题秒数</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="321"/>
        <source>Countdown shown as</source>
        <translation>倒计时样式</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="322"/>
        <source>Feedback shown for</source>
        <translation>反馈显示时长</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="323"/>
        <source>Back to start after idle</source>
        <translation>无人操作多久后返回首页</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="324"/>
        <source>Topics (none chosen: all)</source>
        <translation>主题（不选即全部）</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="325"/>
        <source>Scoring</source>
        <translation>计分方式</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="326"/>
        <source>Leaderboard</source>
        <translation>排行榜</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="327"/>
        <source>Daily board reset at</source>
        <translation>排行榜每日重置时间</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="328"/>
        <source>Whole-event board</source>
        <translation>整个活动的排行榜</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="329"/>
        <source>The event&apos;s first day</source>
        <translation>活动第一天</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="330"/>
        <source>Touch screen</source>
        <translation>触摸屏</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="331"/>
        <source>Questions on a law text since replaced</source>
        <translation>依据已被取代的法律文本的题目</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="332"/>
        <source>Sounds</source>
        <translation>声音</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="333"/>
        <source>Keep learning at (QR code on the result)</source>
        <translation>继续学习网址（成绩页上的二维码）</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="340"/>
        <source>https://… (empty: no QR code)</source>
        <translation>https://…（留空：不显示二维码）</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="342"/>
        <source>Ring</source>
        <translation>圆环</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="343"/>
        <source>Bar</source>
        <translation>进度条</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="344"/>
        <source>Right answers</source>
        <translation>按答对题数</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="345"/>
        <source>Partial credit</source>
        <translation>部分得分</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="346"/>
        <source>Weighted by difficulty</source>
        <translation>按难度加权</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="347"/>
        <source>Speed and streak</source>
        <translation>速度与连对</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="353"/>
        <source>Intellectual Property Quiz</source>
        <translation>知识产权知识竞答</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="354"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="355"/>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="357"/>
        <source>Show today&apos;s top 10</source>
        <translation>显示今日前十名</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="357"/>
        <source>No board</source>
        <translation>不显示排行榜</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="358"/>
        <source>Touch: hide the pointer</source>
        <translation>触摸：隐藏鼠标指针</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="358"/>
        <source>Mouse: show the pointer</source>
        <translation>鼠标：显示鼠标指针</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="359"/>
        <source>Ask them too</source>
        <translation>照常出题</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="359"/>
        <source>Leave them out</source>
        <translation>不出这些题</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="360"/>
        <source>On</source>
        <translation>开</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="360"/>
        <source>Off</source>
        <translation>关</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="366"/>
        <source>Today&apos;s board only</source>
        <translation>只显示今日排行榜</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/admin_settings.py" line="367"/>
        <source>Also the whole event</source>
        <translation>另显示整个活动</translation>
    </message>
</context>
<context>
    <name>SourceLink</name>
    <message>
        <location filename="../../src/ipquiz/gui/article_dialog.py" line="107"/>
        <source>Shows the cited articles</source>
        <translation>显示所引用的法条</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../src/ipquiz/gui/screens/start.py" line="279"/>
        <source>Choose at least one topic.</source>
        <translation>请至少选择一个主题。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/start.py" line="283"/>
        <source>The chosen topics hold only {0} questions: the quiz will have {0}.</source>
        <translation>所选主题只有 {0} 道题：本次测验就出 {0} 道。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/start.py" line="290"/>
        <source>IP Quiz</source>
        <translation>知识产权知识竞答</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/start.py" line="293"/>
        <source>Test what you know about patents, trademarks, copyright and more. Respect knowledge, advocate innovation, be honest and abide by the law.</source>
        <translation>专利、商标、著作权……你了解多少？尊重知识、崇尚创新、诚信守法。</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/start.py" line="297"/>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/start.py" line="298"/>
        <source>Number of questions</source>
        <translation>题目数量</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/start.py" line="299"/>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/start.py" line="302"/>
        <source>No limit</source>
        <translation>不限时</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/start.py" line="304"/>
        <source>{0} min</source>
        <translation>{0} 分钟</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/start.py" line="306"/>
        <source>Time limit</source>
        <translation>时间限制</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/start.py" line="307"/>
        <source>Start  ▶</source>
        <translation>开始  ▶</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/start.py" line="308"/>
        <source>Accessibility</source>
        <translation>无障碍</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/start.py" line="310"/>
        <source>Text size, high contrast, no time limits, reduced motion</source>
        <translation>文字大小、高对比度、不限时、减少动效</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/start.py" line="312"/>
        <source>Import / export questions…</source>
        <translation>导入 / 导出题目…</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/start.py" line="313"/>
        <source>Save as a quiz set…</source>
        <translation>保存为题集…</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/start.py" line="314"/>
        <source>Quiz sets…</source>
        <translation>管理题集…</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/start.py" line="315"/>
        <source>Classes…</source>
        <translation>班级名单…</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/start.py" line="316"/>
        <source>Class lists: import from Excel or CSV, or type</source>
        <translation>班级名单：从 Excel 或 CSV 导入，或直接输入</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/start.py" line="317"/>
        <source>Live class…</source>
        <translation>课堂互动…</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/start.py" line="319"/>
        <source>Students join from their browsers on the school network by a code or QR code</source>
        <translation>学生在校园网内用浏览器凭代码或二维码加入</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/start.py" line="321"/>
        <source>Results…</source>
        <translation>成绩分析…</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/start.py" line="323"/>
        <source>Class results: item analysis, students, the workbook and the PDF report</source>
        <translation>班级成绩：试题分析、学生成绩、Excel 与 PDF 报告</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/start.py" line="327"/>
        <source>Shape quiz sets: topics, difficulty, time, scoring, pass mark, chosen questions</source>
        <translation>设置题集：主题、难度、时间、计分、及格线、精选题目</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/start.py" line="331"/>
        <location filename="../../src/ipquiz/gui/screens/start.py" line="378"/>
        <source>Saved quiz sets…</source>
        <translation>已保存的题集…</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/still_there.py" line="44"/>
        <source>Still there?</source>
        <translation>还在吗？</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/still_there.py" line="45"/>
        <source>Going back to the start in {0} s</source>
        <translation>{0} 秒后返回首页</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/kiosk/still_there.py" line="46"/>
        <source>I&apos;m still here</source>
        <translation>我还在</translation>
    </message>
</context>
<context>
    <name>StudentAnswers</name>
    <message>
        <location filename="../../src/ipquiz/gui/screens/report_views.py" line="40"/>
        <source>Answers of {0}</source>
        <translation>{0} 的作答</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/report_views.py" line="43"/>
        <source>Answer given</source>
        <translation>所选答案</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/report_views.py" line="44"/>
        <source>Correct answer</source>
        <translation>正确答案</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/report_views.py" line="45"/>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/report_views.py" line="46"/>
        <source>not answered</source>
        <translation>未作答</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/report_views.py" line="47"/>
        <source>Answer given: {0}</source>
        <translation>所选答案：{0}</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/report_views.py" line="48"/>
        <source>Correct answer: {0}</source>
        <translation>正确答案：{0}</translation>
    </message>
    <message>
        <location filename="../../src/ipquiz/gui/screens/report_views.py" line="69"/>
        <source>{0}: {1} of {2} points</source>
        <translation>{0}：{1} / {2} 分</translation>
    </message>
</context>
</TS>
