/** `npm run cms:config`: prints the CMS configuration the build writes to /admin/config.yml (src/admin/config.ts). */
import { cmsConfigYaml } from '#src/admin/config.ts';
import { cmsSettings } from '#src/admin/settings.ts';

process.stdout.write(cmsConfigYaml(await cmsSettings('.')));
