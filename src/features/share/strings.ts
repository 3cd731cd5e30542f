/**
 * 分享 (a job's share sheet) and 扫一扫 (the scanner).
 * English: strings.en.ts, fetched only when English is chosen.
 */
import { base, catalog, translator } from '../../i18n';

export const zh = {
  'share.title': '分享这个岗位',
  'share.hint': '发给老乡、发到微信群。对方没网也能看到岗位和电话。',
  'share.close': '收起',
  'share.send': '发给朋友',
  'share.copyLink': '复制链接',
  'share.copied': '已复制',
  'share.copyFailed': '没能复制，请长按文字自己复制。',
  'share.qr': '二维码',
  'share.qrLabel': '岗位二维码：{title}',
  'share.qrHint': '让对方用手机扫一扫，没网也能看到岗位和电话。',
  'share.sms': '短信',
  'share.smsText': '{title}，{wage}，{place}。电话{phone}。不收任何费用。',
  'share.smsTextNoPhone': '{title}，{wage}，{place}。不收任何费用。',
  'share.copySms': '复制短信',
  'share.sendSms': '发短信',
  'share.card': '图片',
  'share.cardAlt': '岗位图片：{title}，{wage}，{place}',
  'share.cardMaking': '正在做图片…',
  'share.saveCard': '保存图片',
  'share.shareCard': '发到微信群',
  'share.card.brand': '零工驿站 · 招工',
  'share.card.place': '地点：{place}',
  'share.card.phone': '电话：{phone}',
  'share.card.noFee': '不收任何费用，要收钱的请举报',
  'share.card.scan': '扫码看岗位，没网也能看',
  'scan.title': '扫一扫',
  'scan.hint': '扫驿站或朋友发来的岗位二维码，或驿站门口的签到码。没网也能用。',
  'scan.camera': '打开相机扫码',
  'scan.stop': '关掉相机',
  'scan.album': '从相册选图片',
  'scan.looking': '把二维码放在画面中间，拿稳…',
  'scan.videoLabel': '相机画面',
  'scan.reading': '正在看图片里的二维码…',
  'scan.denied': '没有得到相机权限。请在浏览器设置里允许使用相机，或者点“从相册选图片”。',
  'scan.noCamera': '这部手机用不了相机扫码，请点“从相册选图片”。',
  'scan.notFound': '这张图片里没找到二维码，请换一张清楚一点的。',
  'scan.web': '这是一个网址，不是驿站的岗位：',
  'scan.webWarn': '不认识的网站可能骗钱、骗信息。确认可信再打开。',
  'scan.openWeb': '我确认，打开这个网址',
  'scan.text': '二维码里是这段文字：',
  'scan.copy': '复制文字',
} as const;

export type Words = Record<keyof typeof zh, string>;
export const t = translator(
  base,
  catalog(zh, () => import('./strings.en')),
);
