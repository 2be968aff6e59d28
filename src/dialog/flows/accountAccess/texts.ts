import type { Catalogue } from '../../../locale/index.ts';

/** The account_access flow's answers per locale: the billing-center SOP for adding a user, and user management. */

export interface AccessTexts {
  /** The SOP's steps, shortened (../shared/seeds: "How to add new user access to UPS Billing Center"). */
  sop: string;
  adminOffer: string;
  adminChoices: { label: string; value: string }[];
  askYourAdmins(admins: string): string;
  signIn: string;
  /** How a user being added signs in (`email`: where the invitation goes, when known): the invitation, then the SOP's first steps. */
  newUserSignIn(email: string | null): string;
  adminOnly(admins: string): string;
  /** The speaker's own roles on the account (`roles` as roleList writes them), and who may change them. */
  yourRoles(account: string, roles: string, admins: string | null): string;
  /** A user of several accounts asking for their roles or accounts without naming one: each account with theirs. */
  yourRolesEach(lines: string): string;
  accountRolesLine(account: string, name: string, roles: string): string;
  askEmail: string;
  notAnEmail: string;
  askName(email: string): string;
  nameTooShort: string;
  askRoles(name: string): string;
  /** The role presets offered as choices, in the order of ROLE_PRESETS. */
  presetLabels: string[];
  rolesAgain: string;
  confirmAdd(name: string, email: string, account: string, roles: string, isNew: boolean): string;
  confirmChoices: { label: string; value: string }[];
  added(name: string, account: string, roles: string, email: string): string;
  listHeader(account: string): string;
  memberLine(name: string, email: string, roles: string): string;
  whichUser: string;
  pickAgain: string;
  confirmRemove(name: string, account: string, roles: string): string;
  removeChoices: { label: string; value: string }[];
  removed(name: string, account: string): string;
  lastAdmin(name: string): string;
  notMember(name: string): string;
  /** After the SOP, to an anonymous customer: linking lets an Admin do it here. */
  linkToAct: string;
  /** An anonymous customer asking to link the chat. */
  linkFirst: string;
  alreadyLinked(name: string): string;
  /** After the SOP, to a linked user who is a user of no account. */
  noAccountYet: string;
  whichUserChange: string;
  askNewRoles(name: string, roles: string): string;
  confirmChange(name: string, account: string, from: string, to: string): string;
  changeChoices: { label: string; value: string }[];
  changed(name: string, account: string, roles: string): string;
  unchanged(name: string, roles: string): string;
  /** The answer to "what roles does Victor have": a question, not a change. */
  memberRoles(name: string, account: string, roles: string): string;
  /** Every role taken away: removing them from the account is offered instead, as a yes/no question (the removal's confirmation). */
  noRolesLeft(name: string, account: string): string;
  lastAdminRole(name: string): string;
  cancelled: string;
  /** How roles are joined in a sentence: "View, Pay and Dispute", "View、Pay和Dispute". */
  sep: string;
  and: string;
}

export const ACCESS_TEXTS: Catalogue<AccessTexts> = Object.freeze({
  en: {
    sop: [
      'How a new user gets access to your account in the Billing Center:',
      '1. The new user creates a login: on the sign-in page choose "Create a username", fill in the form, accept the technology agreement and enter the code sent by e-mail (the My Choice enrolment can be skipped).',
      '2. They confirm their address from the e-mail "Verify your email address" and complete the account enrolment.',
      '3. An Admin of the account signs in and goes to Administration → Manage Users → Add New User, enters the user ID and e-mail and chooses the roles: View, Pay, Dispute, Admin. View, Pay and Dispute together let them see invoices, pay them and dispute charges to obtain credits.',
      '4. The Admin finishes the access and confirmation steps, and the user has access.',
    ].join('\n'),
    adminOffer: 'As an Admin you can also do it here: I add the user with the roles you choose and e-mail them an invitation.',
    adminChoices: [
      { label: 'Add a user', value: 'add a user' },
      { label: 'List users', value: 'who has access to our account' },
      { label: 'Remove a user', value: 'remove a user' },
    ],
    askYourAdmins: (admins) => `Only an Admin of the account can add users. Your account's admins: ${admins}.`,
    newUserSignIn: (email) =>
      `Once added, they get an invitation e-mail${email ? ` at ${email}` : ''}. From it they create their username (the sign-in page's "Create a username", with the code sent by e-mail), confirm their address from the e-mail "Verify your email address", and then sign in with that username and password.`,
    signIn:
      'To get back in, choose "Forgot password" on the sign-in page: we e-mail you a link to set a new password. If your account is locked after too many attempts, it unlocks by itself after 30 minutes. I can also pass you to a person.',
    adminOnly: (admins) => `Only an Admin of the account can manage its users. Your account's admins: ${admins}.`,
    yourRoles: (account, roles, admins) =>
      `You have ${roles} on account ${account}.${admins ? ` To change your roles, ask an Admin of the account: ${admins}.` : ' As an Admin you can manage its users here.'}`,
    yourRolesEach: (lines) => `You are a user of these accounts:\n${lines}\nTo manage an account's users you need its Admin role; name the account to go on with one of them.`,
    accountRolesLine: (account, name, roles) => `• ${account}${name ? ` — ${name}` : ''}: ${roles}`,
    askEmail: "What is the new user's e-mail address?",
    notAnEmail: 'That does not look like an e-mail address. Please send just the address, e.g. name@company.com.',
    askName: (email) => `What is the name of the person at ${email}?`,
    nameTooShort: 'Please send their full name.',
    askRoles: (name) => `Which roles should ${name} have? View sees invoices, Pay pays them, Dispute disputes charges, Admin manages users.`,
    presetLabels: ['View only', 'View + Pay', 'View, Pay, Dispute', 'All four, with Admin'],
    rolesAgain: 'Please pick one of the role sets, or name the roles (View, Pay, Dispute, Admin).',
    confirmAdd: (name, email, account, roles, isNew) =>
      `Add ${name} (${email}) to account ${account} with ${roles}? ${isNew ? 'They are new to us: I create their user and e-mail them an invitation.' : 'I e-mail them an invitation.'}`,
    confirmChoices: [
      { label: 'Yes, add them', value: 'yes' },
      { label: 'No', value: 'not now' },
    ],
    added: (name, account, roles, email) =>
      `Done: ${name} now has ${roles} on account ${account}. An invitation is on its way to ${email}; they can link this chat with that address.`,
    listHeader: (account) => `Users of account ${account}:`,
    memberLine: (name, email, roles) => `• ${name} (${email}) — ${roles}`,
    whichUser: 'Which user should I remove?',
    pickAgain: 'Please pick one of the users.',
    confirmRemove: (name, account, roles) => `Remove ${name} (${roles}) from account ${account}? They lose access at once.`,
    removeChoices: [
      { label: 'Yes, remove', value: 'yes' },
      { label: 'No', value: 'not now' },
    ],
    removed: (name, account) => `Done: ${name} no longer has access to account ${account}.`,
    lastAdmin: (name) => `${name} is the account's only Admin, so I can't remove them: add another Admin first.`,
    notMember: (name) => `${name} is not a user of this account any more.`,
    linkToAct:
      "If you are an Admin of your company's account, I can add the user for you here, or change someone's roles, once this chat is linked to you: what is the e-mail address on your account? I'll send a 6-digit code to it.",
    linkFirst: "To link this chat to your account, send me the e-mail address on your account and I'll send a 6-digit code to it.",
    alreadyLinked: (name) => `This chat is already linked to you, ${name}.`,
    noAccountYet: "Your login is not a user of any account yet: an Admin of your company's account can add you with the steps above.",
    whichUserChange: 'Whose roles should I change?',
    askNewRoles: (name, roles) => `${name} has ${roles} now. Which roles should they have? View sees invoices, Pay pays them, Dispute disputes charges, Admin manages users.`,
    confirmChange: (name, account, from, to) => `Change ${name}'s roles on account ${account} from ${from} to ${to}?`,
    changeChoices: [
      { label: 'Yes, change them', value: 'yes' },
      { label: 'No', value: 'not now' },
    ],
    changed: (name, account, roles) => `Done: ${name} now has ${roles} on account ${account}.`,
    unchanged: (name, roles) => `${name} already has ${roles}; nothing to change.`,
    memberRoles: (name, account, roles) => `${name} has ${roles} on account ${account}.`,
    noRolesLeft: (name, account) => `That would leave ${name} with no role at all. Shall I remove ${name} from account ${account} instead? They lose access at once.`,
    lastAdminRole: (name) => `${name} is the account's only Admin, so they keep the Admin role: make someone else an Admin first.`,
    cancelled: "All right, I haven't changed anything.",
    sep: ', ',
    and: ' and ',
  },
  zh: {
    sop: [
      '新用户获得账单中心账户访问权限的步骤：',
      '1. 新用户先创建登录名：在登录页选择“创建用户名”，填写表单，同意技术协议，并输入邮件收到的验证码（My Choice 注册可以跳过）。',
      '2. 通过“验证您的电子邮件地址”邮件确认邮箱，然后完成账户注册。',
      '3. 账户管理员（Admin）登录后，进入“管理”→“管理用户”→“添加新用户”，输入用户 ID 和邮箱并选择角色：查看（View）、付款（Pay）、争议（Dispute）、管理员（Admin）。建议同时授予查看、付款和争议角色，以便查看账单、付款并对费用提出异议、获得退款。',
      '4. 管理员完成访问和确认步骤后，新用户即可访问。',
    ].join('\n'),
    adminOffer: '您是管理员，也可以直接在这里操作：我按您选择的角色添加用户，并给对方发送邀请邮件。',
    adminChoices: [
      { label: '添加用户', value: '添加用户' },
      { label: '查看用户', value: '查看用户' },
      { label: '移除用户', value: '移除用户' },
    ],
    askYourAdmins: (admins) => `只有账户管理员（Admin）可以添加用户。您账户的管理员：${admins}。`,
    newUserSignIn: (email) =>
      `添加后，对方会${email ? `在 ${email} ` : ''}收到一封邀请邮件。按邮件在登录页点击“创建用户名”并输入邮件中的验证码，再通过“验证您的邮箱地址”邮件确认邮箱，之后即可用该用户名和密码登录。`,
    signIn: '请在登录页点击“忘记密码”，我们会通过邮件发送重设密码的链接。如果尝试次数过多导致账户被锁，30 分钟后会自动解锁。我也可以为您转接人工客服。',
    adminOnly: (admins) => `只有账户管理员（Admin）可以管理用户。您账户的管理员：${admins}。`,
    yourRoles: (account, roles, admins) =>
      `您在账户 ${account} 的角色是：${roles}。${admins ? `如需调整角色，请联系账户管理员：${admins}。` : '您是管理员，可以在这里管理账户的用户。'}`,
    yourRolesEach: (lines) => `您是以下账户的用户：\n${lines}\n管理账户用户需要该账户的管理员（Admin）角色；如需继续，请说明是哪个账户。`,
    accountRolesLine: (account, name, roles) => `• ${account}${name ? `（${name}）` : ''}：${roles}`,
    askEmail: '新用户的邮箱地址是什么？',
    notAnEmail: '这看起来不是邮箱地址，请只发送地址，例如 name@company.com。',
    askName: (email) => `${email} 的使用者叫什么名字？`,
    nameTooShort: '请发送对方的姓名。',
    askRoles: (name) => `要给 ${name} 哪些角色？查看（View）可看账单，付款（Pay）可付款，争议（Dispute）可提出异议，管理员（Admin）可管理用户。`,
    presetLabels: ['仅查看', '查看＋付款', '查看、付款、争议', '全部角色（含管理员）'],
    rolesAgain: '请选择一组角色，或直接说出角色（查看、付款、争议、管理员）。',
    confirmAdd: (name, email, account, roles, isNew) =>
      `将 ${name}（${email}）添加到账户 ${account}，角色为 ${roles}，确认吗？${isNew ? '对方是新用户：我会为其创建用户并发送邀请邮件。' : '我会给对方发送邀请邮件。'}`,
    confirmChoices: [
      { label: '确认添加', value: '好的' },
      { label: '不用了', value: '不用了' },
    ],
    added: (name, account, roles, email) => `已完成：${name} 现在拥有账户 ${account} 的 ${roles} 角色。邀请邮件已发往 ${email}，对方可以用该邮箱绑定聊天。`,
    listHeader: (account) => `账户 ${account} 的用户：`,
    memberLine: (name, email, roles) => `• ${name}（${email}）— ${roles}`,
    whichUser: '要移除哪位用户？',
    pickAgain: '请从这些用户中选择一位。',
    confirmRemove: (name, account, roles) => `将 ${name}（${roles}）从账户 ${account} 中移除吗？对方会立即失去访问权限。`,
    removeChoices: [
      { label: '确认移除', value: '好的' },
      { label: '不用了', value: '不用了' },
    ],
    removed: (name, account) => `已完成：${name} 已无法再访问账户 ${account}。`,
    lastAdmin: (name) => `${name} 是该账户唯一的管理员，不能移除：请先添加另一位管理员。`,
    notMember: (name) => `${name} 已不是该账户的用户。`,
    linkToAct: '如果您是贵公司账户的管理员，将本聊天绑定到您的账户后，我可以直接在这里为您添加用户或修改角色：请告诉我账户登记的电子邮箱，我会发送 6 位验证码。',
    linkFirst: '要将本聊天绑定到您的账户，请发送账户登记的电子邮箱，我会发送 6 位验证码。',
    alreadyLinked: (name) => `${name}，本聊天已经绑定到您的账户了。`,
    noAccountYet: '您的登录目前还不是任何账户的用户：贵公司账户的管理员可以按上面的步骤添加您。',
    whichUserChange: '要修改哪位用户的角色？',
    askNewRoles: (name, roles) => `${name} 目前的角色是 ${roles}。要改为哪些角色？查看（View）可看账单，付款（Pay）可付款，争议（Dispute）可提出异议，管理员（Admin）可管理用户。`,
    confirmChange: (name, account, from, to) => `将 ${name} 在账户 ${account} 的角色从 ${from} 改为 ${to}，确认吗？`,
    changeChoices: [
      { label: '确认修改', value: '好的' },
      { label: '不用了', value: '不用了' },
    ],
    changed: (name, account, roles) => `已完成：${name} 现在拥有账户 ${account} 的 ${roles} 角色。`,
    unchanged: (name, roles) => `${name} 已经拥有 ${roles} 角色，无需修改。`,
    memberRoles: (name, account, roles) => `${name} 在账户 ${account} 上的角色是 ${roles}。`,
    noRolesLeft: (name, account) => `这样 ${name} 就没有任何角色了。要改为把 ${name} 从账户 ${account} 中移除吗？对方会立即失去访问权限。`,
    lastAdminRole: (name) => `${name} 是该账户唯一的管理员，必须保留管理员角色：请先将另一位用户设为管理员。`,
    cancelled: '好的，我没有做任何更改。',
    sep: '、',
    and: '和',
  },
  es: {
    sop: [
      'Cómo obtiene un nuevo usuario acceso a tu cuenta en el Billing Center:',
      '1. El nuevo usuario crea su acceso: en la página de inicio de sesión elige «Crear un nombre de usuario», rellena el formulario, acepta el acuerdo de tecnología e introduce el código que recibe por correo (la inscripción en My Choice se puede omitir).',
      '2. Confirma su dirección desde el correo «Verifica tu dirección de correo» y completa la inscripción de la cuenta.',
      '3. Un Admin de la cuenta inicia sesión y va a Administración → Gestionar usuarios → Añadir nuevo usuario, introduce el ID y el correo del usuario y elige los roles: View, Pay, Dispute, Admin. View, Pay y Dispute juntos le permiten ver facturas, pagarlas y reclamar cargos para obtener abonos.',
      '4. El Admin termina los pasos de acceso y confirmación, y el usuario ya tiene acceso.',
    ].join('\n'),
    adminOffer: 'Como Admin también puedes hacerlo aquí: añado al usuario con los roles que elijas y le envío una invitación por correo.',
    adminChoices: [
      { label: 'Añadir un usuario', value: 'añadir un usuario' },
      { label: 'Ver usuarios', value: 'quién tiene acceso a nuestra cuenta' },
      { label: 'Quitar un usuario', value: 'quitar un usuario' },
    ],
    askYourAdmins: (admins) => `Solo un Admin de la cuenta puede añadir usuarios. Los admins de tu cuenta: ${admins}.`,
    newUserSignIn: (email) =>
      `Una vez añadido, recibe una invitación por correo${email ? ` en ${email}` : ''}. Desde ella crea su nombre de usuario («Crear un nombre de usuario» en la página de inicio de sesión, con el código que recibe por correo), confirma su dirección desde el correo «Verifica tu dirección de correo» y ya puede iniciar sesión con ese usuario y contraseña.`,
    signIn:
      'Para volver a entrar, elige «¿Olvidaste tu contraseña?» en la página de inicio de sesión: te enviamos un enlace para crear una nueva. Si la cuenta se bloqueó tras demasiados intentos, se desbloquea sola a los 30 minutos. También puedo pasarte con una persona.',
    adminOnly: (admins) => `Solo un Admin de la cuenta puede gestionar sus usuarios. Los admins de tu cuenta: ${admins}.`,
    yourRoles: (account, roles, admins) =>
      `Tienes ${roles} en la cuenta ${account}.${admins ? ` Para cambiar tus roles, pídeselo a un Admin de la cuenta: ${admins}.` : ' Como Admin puedes gestionar sus usuarios aquí.'}`,
    yourRolesEach: (lines) => `Eres usuario de estas cuentas:\n${lines}\nPara gestionar los usuarios de una cuenta necesitas su rol Admin; dime la cuenta para seguir con una de ellas.`,
    accountRolesLine: (account, name, roles) => `• ${account}${name ? ` — ${name}` : ''}: ${roles}`,
    askEmail: '¿Cuál es el correo del nuevo usuario?',
    notAnEmail: 'Eso no parece un correo. Envíame solo la dirección, p. ej. nombre@empresa.com.',
    askName: (email) => `¿Cómo se llama la persona de ${email}?`,
    nameTooShort: 'Envíame su nombre completo.',
    askRoles: (name) => `¿Qué roles debe tener ${name}? View ve las facturas, Pay las paga, Dispute reclama cargos y Admin gestiona los usuarios.`,
    presetLabels: ['Solo View', 'View + Pay', 'View, Pay, Dispute', 'Los cuatro, con Admin'],
    rolesAgain: 'Elige uno de los conjuntos de roles o nómbralos (View, Pay, Dispute, Admin).',
    confirmAdd: (name, email, account, roles, isNew) =>
      `¿Añado a ${name} (${email}) a la cuenta ${account} con ${roles}? ${isNew ? 'Es nuevo para nosotros: creo su usuario y le envío una invitación por correo.' : 'Le envío una invitación por correo.'}`,
    confirmChoices: [
      { label: 'Sí, añádelo', value: 'sí' },
      { label: 'No', value: 'ahora no' },
    ],
    added: (name, account, roles, email) =>
      `Hecho: ${name} tiene ahora ${roles} en la cuenta ${account}. La invitación va de camino a ${email}; puede vincular este chat con esa dirección.`,
    listHeader: (account) => `Usuarios de la cuenta ${account}:`,
    memberLine: (name, email, roles) => `• ${name} (${email}) — ${roles}`,
    whichUser: '¿A qué usuario quito?',
    pickAgain: 'Elige uno de los usuarios.',
    confirmRemove: (name, account, roles) => `¿Quito a ${name} (${roles}) de la cuenta ${account}? Pierde el acceso al momento.`,
    removeChoices: [
      { label: 'Sí, quítalo', value: 'sí' },
      { label: 'No', value: 'ahora no' },
    ],
    removed: (name, account) => `Hecho: ${name} ya no tiene acceso a la cuenta ${account}.`,
    lastAdmin: (name) => `${name} es el único Admin de la cuenta, así que no puedo quitarlo: añade antes otro Admin.`,
    notMember: (name) => `${name} ya no es usuario de esta cuenta.`,
    linkToAct:
      'Si eres Admin de la cuenta de tu empresa, puedo añadir al usuario por ti aquí, o cambiar los roles de alguien, en cuanto este chat esté vinculado a ti: ¿cuál es el correo electrónico de tu cuenta? Te enviaré un código de 6 dígitos.',
    linkFirst: 'Para vincular este chat a tu cuenta, envíame el correo electrónico de tu cuenta y te enviaré un código de 6 dígitos.',
    alreadyLinked: (name) => `Este chat ya está vinculado a ti, ${name}.`,
    noAccountYet: 'Tu acceso todavía no es usuario de ninguna cuenta: un Admin de la cuenta de tu empresa puede añadirte con los pasos de arriba.',
    whichUserChange: '¿A qué usuario le cambio los roles?',
    askNewRoles: (name, roles) => `${name} tiene ahora ${roles}. ¿Qué roles debe tener? View ve las facturas, Pay las paga, Dispute reclama cargos y Admin gestiona los usuarios.`,
    confirmChange: (name, account, from, to) => `¿Cambio los roles de ${name} en la cuenta ${account} de ${from} a ${to}?`,
    changeChoices: [
      { label: 'Sí, cámbialos', value: 'sí' },
      { label: 'No', value: 'ahora no' },
    ],
    changed: (name, account, roles) => `Hecho: ${name} tiene ahora ${roles} en la cuenta ${account}.`,
    unchanged: (name, roles) => `${name} ya tiene ${roles}; no hay nada que cambiar.`,
    memberRoles: (name, account, roles) => `${name} tiene ${roles} en la cuenta ${account}.`,
    noRolesLeft: (name, account) => `Así ${name} se quedaría sin ningún rol. ¿Lo quito de la cuenta ${account} en su lugar? Pierde el acceso al momento.`,
    lastAdminRole: (name) => `${name} es el único Admin de la cuenta, así que conserva el rol Admin: haz Admin antes a otra persona.`,
    cancelled: 'De acuerdo, no he cambiado nada.',
    sep: ', ',
    and: ' y ',
  },
});
