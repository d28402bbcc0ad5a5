package dev.fenghuang.demo.seed;

import java.util.List;
import java.util.Random;

/** Chinese phrase lists that generated titles, paragraphs and comments are assembled from. */
final class PhraseBook {
    private static final List<String> PLACES = List.of("渠县", "达州市", "三汇镇", "土溪镇", "有庆镇", "涌兴镇",
            "临巴镇", "琅琊镇", "汇东乡", "李渡镇", "渠江街道", "天星街道", "静边镇", "清溪场镇", "贵福镇", "文崇镇");
    private static final List<String> BODIES = List.of("县委", "县政府", "县妇联", "县教育局", "县交通运输局",
            "县文广新局", "县人社局", "县卫计局", "团县委", "县农业局", "县住建局", "县公安局");
    private static final List<String> EVENTS = List.of("召开脱贫攻坚推进会", "开展安全生产大检查",
            "举行冬季征兵欢送仪式", "启动农村公路建设三年行动", "召开秋冬季森林防火工作会", "开展送温暖进万家活动",
            "举办农民夜校专题培训", "推进城乡环境综合治理", "召开教育工作座谈会", "开展“扫黄打非”集中行动",
            "举行重阳敬老文艺汇演", "开展春运安全检查", "召开党风廉政建设工作会议", "组织观看警示教育片",
            "举办电商扶贫培训班", "推进黄花产业园建设", "开展法律进乡村活动", "召开防汛减灾工作会",
            "开展学校食品安全专项检查", "举行“最美家庭”表彰大会", "启动城区道路改造工程", "召开文明城市创建动员会");
    private static final List<String> OPENERS = List.of("近日，", "日前，", "连日来，", "11月上旬，", "今年以来，",
            "为进一步落实工作部署，");
    private static final List<String> ACTIONS = List.of("组织相关部门负责人深入基层一线", "召集各乡镇分管领导召开专题会议",
            "抽调精干力量组成工作组", "邀请专家开展现场指导", "对照目标任务逐项梳理");
    private static final List<String> GOALS = List.of("巩固脱贫攻坚成果", "提升群众获得感和幸福感", "改善农村人居环境",
            "保障人民群众生命财产安全", "推动县域经济持续健康发展", "办好群众身边的民生实事");
    private static final List<String> MEASURES = List.of("逐项排查安全隐患", "细化任务分工", "落实帮扶责任",
            "加大宣传力度", "建立长效工作机制", "开展入户走访", "强化督查考核", "整合各方资源");
    private static final List<String> RESULTS = List.of("取得了明显成效。", "得到了群众的一致好评。",
            "为下一步工作打下了坚实基础。", "营造了良好的社会氛围。", "各项工作正有序推进。");
    private static final List<String> REMARKS = List.of("支持！", "家乡越来越好了", "为基层干部点赞",
            "希望多办这样的实事", "路修好了，出行方便多了", "什么时候通到我们村？", "孩子们上学再也不用走泥巴路了",
            "好样的", "顶一个", "说得好，落到实处才是关键", "学习了", "老家就在那边，变化真大", "期待下一步的好消息",
            "这个活动很有意义", "建议多组织几次", "看完很受鼓舞");
    private static final List<String> PAGE_TITLES = List.of("基本情况", "主要做法", "工作成效", "存在问题",
            "下一步打算");

    private PhraseBook() {
    }

    static String title(Random random) {
        String who = random.nextBoolean() ? pick(random, PLACES) : pick(random, BODIES);
        return who + pick(random, EVENTS);
    }

    /** One paragraph of two to four sentences, without indent. */
    static String paragraph(Random random) {
        StringBuilder text = new StringBuilder();
        int sentences = 2 + random.nextInt(3);
        for (int i = 0; i < sentences; i++) {
            text.append(pick(random, OPENERS)).append(pick(random, PLACES)).append(pick(random, ACTIONS))
                    .append("，围绕").append(pick(random, GOALS)).append("，").append(pick(random, MEASURES))
                    .append("，").append(pick(random, RESULTS));
        }
        return text.toString();
    }

    static String remark(Random random) {
        return pick(random, REMARKS);
    }

    static String place(Random random) {
        return pick(random, PLACES);
    }

    static String pageTitle(int index) {
        return PAGE_TITLES.get(index % PAGE_TITLES.size());
    }

    private static String pick(Random random, List<String> list) {
        return list.get(random.nextInt(list.size()));
    }
}
