/**
 * The benchmark's own occupations, written apart from the engine's dictionary: the words
 * employers put in the category field (several wordings each), what seekers say (colloquial,
 * many not in the dictionary) and simple English. Two are absent from the dictionary on
 * purpose (茶艺师, 电梯安装工).
 */
export interface BenchOccupation {
  key: string;
  /** Category wordings employers use; the first is the standard one. */
  wordings: string[];
  colloquial: string[];
  en: string[];
  skills: string[];
  pay: 'daily' | 'monthly';
  wage: [number, number];
}

export const BENCH_OCCUPATIONS: BenchOccupation[] = [
  { key: 'cleaner', wordings: ['保洁员', '保洁', '清洁工', '家政保洁'], colloquial: ['打扫卫生', '搞卫生', '扫地拖地', '做保洁', '打扫房间'], en: ['cleaner', 'cleaning'], skills: ['打扫', '开荒保洁'], pay: 'monthly', wage: [2500, 4000] },
  { key: 'dishwasher', wordings: ['洗碗工', '洗碗', '后厨洗碗'], colloquial: ['洗盘子', '刷碗', '刷盘子', '洗碗碟'], en: ['dishwasher', 'dish washer'], skills: ['洗碗', '消毒'], pay: 'monthly', wage: [2500, 3800] },
  { key: 'cook', wordings: ['厨师', '炒菜厨师', '大厨'], colloquial: ['炒菜师傅', '掌勺', '做饭的', '烧菜师傅'], en: ['cook', 'chef'], skills: ['炒菜', '健康证'], pay: 'monthly', wage: [5000, 9000] },
  { key: 'kitchen_helper', wordings: ['帮厨', '厨房帮工', '切配工'], colloquial: ['切菜配菜', '厨房打杂', '打荷'], en: ['kitchen helper', 'kitchen hand'], skills: ['切菜', '配菜'], pay: 'monthly', wage: [3000, 4500] },
  { key: 'waiter', wordings: ['服务员', '餐厅服务员', '酒店服务员'], colloquial: ['端盘子', '传菜', '跑堂的', '上菜'], en: ['waiter', 'waitress'], skills: ['点菜', '传菜'], pay: 'monthly', wage: [3000, 4500] },
  { key: 'security', wordings: ['保安', '保安员', '小区保安'], colloquial: ['安保', '巡逻', '站岗', '值夜班保安'], en: ['security guard', 'security'], skills: ['保安证', '监控'], pay: 'monthly', wage: [3000, 4500] },
  { key: 'doorman', wordings: ['门卫', '门岗', '传达室门卫'], colloquial: ['看门', '看大门', '守大门', '看厂门'], en: ['doorman', 'gatekeeper'], skills: ['登记'], pay: 'monthly', wage: [2200, 3500] },
  { key: 'bricklayer', wordings: ['瓦工', '泥瓦工', '砌筑工'], colloquial: ['砌砖', '砌墙', '瓦匠', '垒砖'], en: ['bricklayer', 'mason'], skills: ['砌砖', '抹灰'], pay: 'daily', wage: [250, 400] },
  { key: 'rebar', wordings: ['钢筋工', '钢筋绑扎工'], colloquial: ['扎钢筋', '绑钢筋', '弯钢筋的'], en: ['steel fixer', 'rebar worker'], skills: ['钢筋绑扎'], pay: 'daily', wage: [250, 400] },
  { key: 'carpenter', wordings: ['木工', '木工师傅', '模板木工'], colloquial: ['木匠', '支模板', '打家具'], en: ['carpenter', 'woodworker'], skills: ['支模', '吊顶'], pay: 'daily', wage: [280, 450] },
  { key: 'welder', wordings: ['电焊工', '焊工', '氩弧焊工'], colloquial: ['烧电焊', '电焊', '搞焊接'], en: ['welder', 'welding'], skills: ['电焊', '气割'], pay: 'daily', wage: [280, 450] },
  { key: 'plumber', wordings: ['水电工', '水电安装工', '水暖工'], colloquial: ['装水管', '修水管', '水电师傅'], en: ['plumber'], skills: ['水管安装', '布线'], pay: 'daily', wage: [250, 400] },
  { key: 'electrician', wordings: ['电工', '维修电工', '低压电工'], colloquial: ['接电线', '拉电线', '修电路'], en: ['electrician'], skills: ['电工证', '配电'], pay: 'daily', wage: [250, 400] },
  { key: 'laborer', wordings: ['小工', '建筑小工', '力工', '杂工'], colloquial: ['打杂', '搬砖', '出力气的活', '工地干杂活', '扛水泥'], en: ['laborer', 'general labourer'], skills: ['能吃苦'], pay: 'daily', wage: [180, 280] },
  { key: 'painter', wordings: ['油漆工', '油工', '粉刷工'], colloquial: ['刷墙', '刮腻子', '刷油漆', '喷漆'], en: ['painter'], skills: ['刮腻子', '喷漆'], pay: 'daily', wage: [250, 380] },
  { key: 'tiler', wordings: ['瓷砖工', '贴砖工'], colloquial: ['贴瓷砖', '铺地砖', '贴砖'], en: ['tiler'], skills: ['贴砖', '美缝'], pay: 'daily', wage: [280, 450] },
  { key: 'excavator', wordings: ['挖掘机司机', '挖机司机', '挖掘机操作手'], colloquial: ['开挖机', '勾机师傅', '开挖掘机'], en: ['excavator operator', 'digger driver'], skills: ['挖掘机操作证'], pay: 'monthly', wage: [8000, 13000] },
  { key: 'picker', wordings: ['采摘工', '水果采摘工', '果园采摘工'], colloquial: ['摘苹果', '摘果子', '摘枸杞', '摘葡萄', '摘桃子'], en: ['fruit picker', 'picker'], skills: ['采摘'], pay: 'daily', wage: [120, 200] },
  { key: 'shepherd', wordings: ['放羊工', '牧羊工', '放牧工'], colloquial: ['放羊', '羊倌', '放牛羊', '赶羊放牧'], en: ['shepherd', 'herder'], skills: ['放牧', '接羔'], pay: 'monthly', wage: [3500, 6000] },
  { key: 'breeder', wordings: ['养殖工', '饲养员', '养猪工'], colloquial: ['喂猪', '养牛', '喂牛', '养鸡场干活', '打扫猪圈'], en: ['stockman', 'livestock farm worker'], skills: ['饲喂', '防疫'], pay: 'monthly', wage: [4000, 6500] },
  { key: 'harvester', wordings: ['收割工', '农忙收割工'], colloquial: ['割麦子', '收玉米', '掰玉米', '收庄稼'], en: ['harvester', 'harvest worker'], skills: ['收割'], pay: 'daily', wage: [150, 250] },
  { key: 'farmhand', wordings: ['农工', '农业工人', '田间工'], colloquial: ['种地', '干农活', '锄地除草', '给庄稼打药'], en: ['farm worker', 'farmhand'], skills: ['田间管理', '打药'], pay: 'daily', wage: [120, 200] },
  { key: 'greenhouse', wordings: ['大棚种植工', '大棚工人', '温室种植工'], colloquial: ['种大棚', '大棚种菜', '大棚里干活'], en: ['greenhouse worker'], skills: ['育苗', '大棚管理'], pay: 'daily', wage: [120, 200] },
  { key: 'nanny', wordings: ['保姆', '住家保姆', '家政员'], colloquial: ['做家务', '做饭阿姨', '家政阿姨', '照顾一家人起居'], en: ['nanny', 'housekeeper', 'maid'], skills: ['做饭', '做家务'], pay: 'monthly', wage: [4000, 7000] },
  { key: 'childcare', wordings: ['育婴员', '育儿嫂', '育婴师'], colloquial: ['带娃', '带孩子', '看小孩', '照看宝宝'], en: ['babysitter', 'childcare worker'], skills: ['育婴师证', '辅食'], pay: 'monthly', wage: [4500, 8000] },
  { key: 'maternity', wordings: ['月嫂', '母婴护理员'], colloquial: ['伺候月子', '照顾产妇', '坐月子保姆'], en: ['maternity nurse'], skills: ['母婴护理证'], pay: 'monthly', wage: [6000, 12000] },
  { key: 'caregiver', wordings: ['护工', '养老护理员', '护理员'], colloquial: ['照顾老人', '伺候老人', '医院陪护', '陪床'], en: ['caregiver', 'carer'], skills: ['养老护理证'], pay: 'monthly', wage: [3500, 6000] },
  { key: 'appliance', wordings: ['家电维修工', '空调安装工', '家电维修师傅'], colloquial: ['修空调', '装空调', '修冰箱', '修洗衣机'], en: ['appliance repair', 'air conditioner installer'], skills: ['制冷证'], pay: 'daily', wage: [200, 400] },
  { key: 'mover', wordings: ['搬运工', '搬家工', '搬运'], colloquial: ['搬家', '扛包', '搬东西', '扛大包'], en: ['mover', 'porter'], skills: ['力气大'], pay: 'daily', wage: [180, 300] },
  { key: 'loader', wordings: ['装卸工', '装卸搬运工'], colloquial: ['卸货', '装车卸车', '卸车', '装货'], en: ['loader', 'unloader'], skills: ['装卸'], pay: 'daily', wage: [180, 300] },
  { key: 'truck_driver', wordings: ['货车司机', '大货车司机', '货运司机'], colloquial: ['拉货', '开大车', '跑运输', '开货车'], en: ['truck driver', 'lorry driver'], skills: ['A2驾照', 'B2驾照'], pay: 'monthly', wage: [6000, 10000] },
  { key: 'courier', wordings: ['快递员', '快递派送员'], colloquial: ['送快递', '快递小哥', '派件'], en: ['courier', 'delivery man'], skills: ['电动车'], pay: 'monthly', wage: [5000, 9000] },
  { key: 'rider', wordings: ['外卖骑手', '外卖员', '配送骑手'], colloquial: ['送外卖', '跑外卖', '骑手'], en: ['delivery rider', 'food delivery'], skills: ['电动车'], pay: 'daily', wage: [150, 350] },
  { key: 'sorter', wordings: ['分拣员', '仓库分拣员', '快递分拣员'], colloquial: ['仓库分拣', '分拣包裹', '拣货'], en: ['sorter', 'warehouse worker'], skills: ['扫码'], pay: 'daily', wage: [150, 250] },
  { key: 'forklift', wordings: ['叉车司机', '叉车工'], colloquial: ['开叉车', '叉车师傅'], en: ['forklift driver'], skills: ['叉车证'], pay: 'monthly', wage: [5000, 7500] },
  { key: 'sewing', wordings: ['缝纫工', '服装车工', '平车工'], colloquial: ['踩缝纫机', '做衣服', '服装厂车位'], en: ['sewing worker', 'seamstress'], skills: ['平车', '包缝'], pay: 'monthly', wage: [4000, 8000] },
  { key: 'factory', wordings: ['普工', '流水线普工', '操作工'], colloquial: ['进厂', '流水线', '厂里上班', '电子厂'], en: ['factory worker', 'assembly worker'], skills: ['流水线'], pay: 'monthly', wage: [4000, 6500] },
  { key: 'gardener', wordings: ['绿化工', '园林绿化工', '绿化养护工'], colloquial: ['修剪树木', '种树种草', '浇花剪草'], en: ['gardener', 'landscaper'], skills: ['修剪'], pay: 'daily', wage: [150, 230] },
  { key: 'sweeper', wordings: ['环卫工', '道路清扫工', '环卫保洁'], colloquial: ['扫大街', '扫马路', '清运垃圾'], en: ['street sweeper', 'sanitation worker'], skills: ['清扫'], pay: 'monthly', wage: [2200, 3500] },
  { key: 'salesperson', wordings: ['销售员', '导购员', '营业员'], colloquial: ['卖货', '站柜台', '商场导购'], en: ['salesperson', 'shop assistant'], skills: ['沟通'], pay: 'monthly', wage: [3000, 6000] },
  { key: 'cashier', wordings: ['收银员', '超市收银员'], colloquial: ['收银', '超市收钱'], en: ['cashier'], skills: ['收银'], pay: 'monthly', wage: [2800, 4000] },
  { key: 'streamer', wordings: ['带货主播', '直播带货主播', '电商主播'], colloquial: ['直播带货', '当主播', '直播卖货'], en: ['streamer', 'live streamer'], skills: ['直播'], pay: 'monthly', wage: [4000, 10000] },
  { key: 'tea_artist', wordings: ['茶艺师', '茶艺员'], colloquial: ['泡茶', '茶馆泡茶'], en: ['tea master'], skills: ['茶艺'], pay: 'monthly', wage: [3500, 6000] },
  { key: 'elevator', wordings: ['电梯安装工', '电梯维保工'], colloquial: ['装电梯', '修电梯'], en: ['elevator installer', 'lift mechanic'], skills: ['电梯证'], pay: 'monthly', wage: [6000, 9000] },
];
