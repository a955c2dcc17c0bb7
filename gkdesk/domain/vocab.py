"""Vocabularies of the 政务公开 domain (see docs/domain.md).

Each vocabulary is a tuple of the Chinese strings the user sees, in the official order.
The lists of areas and channels are defaults: the product lets the user edit them.
"""
from __future__ import annotations

# 国办发〔2019〕54号: the 26 areas of the 基层政务公开标准目录, in the published order.
AREAS_26: tuple[str, ...] = (
    "重大建设项目",
    "公共资源交易",
    "财政预决算",
    "安全生产",
    "税收管理",
    "征地补偿",
    "国有土地上房屋征收与补偿",
    "农村危房改造",
    "城市综合执法",
    "扶贫",
    "救灾",
    "社会救助",
    "养老服务",
    "户籍管理",
    "涉农补贴",
    "义务教育",
    "卫生健康",
    "食品药品监管",
    "城乡规划",
    "生态环境",
    "公共文化服务",
    "公共法律服务",
    "就业",
    "社会保险",
    "市政服务",
    "保障性住房",
)

# 公开渠道和载体: the official 13 options, in order (■/□ in exports).
CHANNELS_13: tuple[str, ...] = (
    "政府网站",
    "政府公报",
    "两微一端",
    "发布会/听证会",
    "广播电视",
    "纸质媒体",
    "公开查阅点",
    "政务服务中心",
    "便民服务站",
    "入户/现场",
    "社区/企事业单位/村公示栏(电子屏)",
    "精准推送",
    "其他",
)

# Catalog columns with fixed choices.
AUDIENCES: tuple[str, ...] = ("全社会", "特定群体")
DISCLOSURE_MODES: tuple[str, ...] = ("主动", "依申请")
LEVELS: tuple[str, ...] = ("县级", "乡级")
FIVE_PUBLICS: tuple[str, ...] = ("决策", "执行", "管理", "服务", "结果")

# 政策解读: forms and the interpreter's role.
INTERP_FORMS: tuple[str, ...] = (
    "文字解读",
    "图解",
    "音频",
    "视频",
    "在线访谈",
    "新闻发布会",
    "简明问答",
    "动漫/漫画",
    "H5",
    "专家解读",
    "媒体解读",
)
INTERP_ROLES: tuple[str, ...] = ("主要负责人", "分管负责人", "科室负责人", "专家", "其他")

# Units of a publicity period (公示期).
NATURAL_DAYS = "自然日"
WORKING_DAYS = "工作日"
PERIOD_UNITS: tuple[str, ...] = (NATURAL_DAYS, WORKING_DAYS)

# 备注 values on a subsidy list.
LIST_REMARKS: tuple[str, ...] = ("新增", "续保", "调整", "退出", "代领")

# States of a publicity batch, in life order; SUPERSEDED is the side exit when a
# corrected list is re-published after an objection.
DRAFT = "草稿"
PENDING_REVIEW = "待审核"
PUBLISHING = "公示中"
ENDED = "公示期满"
ARCHIVED = "已归档"
SUPERSEDED = "已更正"
BATCH_STATES: tuple[str, ...] = (DRAFT, PENDING_REVIEW, PUBLISHING, ENDED, ARCHIVED, SUPERSEDED)
